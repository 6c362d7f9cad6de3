package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.MutableClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

/** The annual statistics: drafted from real decisions, approved by another head, published; CSV and JSON. */
@IntegrationTest
class AnnualReportIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired AnnualReportService reports;
    @Autowired MutableClock clock;
    @Autowired TestRestTemplate rest;

    private void at(LocalDateTime t) {
        clock.set(t.atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    @AfterEach
    void realTime() {
        clock.set(Instant.now());
    }

    @Test
    void draftApprovePublishAndDownload() {
        at(LocalDateTime.of(2025, 6, 2, 9, 0));
        PublicationFixtures.decided(f, cases, PublicationFixtures.company("丙某某餐饮有限公司"), "占道经营。",
                OutcomeType.FINE);
        PublicationFixtures.decided(f, cases, PublicationFixtures.company("丁某某餐饮有限公司"), "占道经营。",
                OutcomeType.WARNING);
        at(LocalDateTime.of(2026, 1, 8, 9, 0));
        assertThatThrownBy(() -> reports.draft(f.actor("officer1"), 2025))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("publication.notAllowed"));
        AnnualReport draft = reports.draft(f.actor("leader1"), 2025);
        assertThat(draft.status()).isEqualTo(AnnualReportService.DRAFT);
        assertThat(draft.dueDate()).isEqualTo("2026-01-31");
        AnnualReport.Figures fig = draft.figures();
        assertThat(fig.decided()).isGreaterThanOrEqualTo(2);
        assertThat(fig.filed()).isGreaterThanOrEqualTo(2);
        assertThat(fig.fines()).isGreaterThanOrEqualTo(new BigDecimal("500.00"));
        assertThat(fig.byOutcome()).extracting(AnnualReport.Line::label).contains("罚款", "警告");
        assertThat(fig.byProcedure()).extracting(AnnualReport.Line::label).contains("普通程序");
        assertThat(fig.byItem()).isNotEmpty();

        assertThatThrownBy(() -> reports.publish(f.actor("head1"), draft.id()))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("report.notApproved"));
        assertThatThrownBy(() -> reports.approve(f.actor("leader1"), draft.id()))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("publication.headOnly"));
        assertThat(rest.getForEntity("/public/statistics/" + draft.publicId(), String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        reports.approve(f.actor("head1"), draft.id());
        AnnualReport published = reports.publish(f.actor("head1"), draft.id());
        assertThat(published.status()).isEqualTo(AnnualReportService.PUBLISHED);

        assertThat(rest.getForObject("/public/statistics", String.class)).contains(draft.publicId(), "2025年");
        String page = rest.getForObject("/public/statistics/" + draft.publicId(), String.class);
        assertThat(page).contains("作出决定", "罚款");
        String csv = rest.getForObject("/public/statistics/" + draft.publicId() + ".csv", String.class);
        assertThat(csv).contains("\"概况\",\"作出决定\",\"" + fig.decided() + "\"").contains("\"按结果\",\"罚款\"");
        String json = rest.getForObject("/public/statistics/" + draft.publicId() + ".json", String.class);
        assertThat(json).contains("\"year\":2025", "\"decided\":" + fig.decided());
        assertThatThrownBy(() -> reports.draft(f.actor("leader1"), 2025))
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("report.notDraft"));
    }
}
