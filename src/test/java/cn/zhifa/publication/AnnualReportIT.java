package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Remedy;
import cn.zhifa.casefile.RemedyKind;
import cn.zhifa.casefile.RemedyOutcome;
import cn.zhifa.casefile.RemedyService;
import cn.zhifa.notification.Notification;
import cn.zhifa.notification.NotificationService;
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
    @Autowired AnnualReportWatch watch;
    @Autowired RemedyService remedies;
    @Autowired NotificationService notifications;

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
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("permission.denied"));
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
                .satisfies(e -> assertThat(((DomainException) e).code()).isEqualTo("permission.denied"));
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

    private java.util.List<Notification> unread(String user, String kind) {
        return notifications.mine(f.actor(user), true, 100).stream().filter(n -> n.kind().equals(kind)).toList();
    }

    @Test
    void januaryDraftsItselfWarnsInTheWindowAndAlertsWhenOverdue() {
        at(LocalDateTime.of(2026, 6, 1, 9, 0));
        CaseFile c = PublicationFixtures.decided(f, cases, PublicationFixtures.company("壬某某建材有限公司"),
                "占道堆放建材。", OutcomeType.FINE);
        Remedy r = remedies.file(f.actor("officer1"), c.id(), RemedyKind.RECONSIDERATION, f.today(), "区人民政府", null);
        at(LocalDateTime.of(2026, 8, 3, 9, 0));
        remedies.conclude(f.actor("head1"), c.id(), r.id(), f.today(), RemedyOutcome.REVOKED, "事实不清。");

        // 2 January: last year's reports are drafted by the system, nobody is warned yet
        at(LocalDateTime.of(2027, 1, 4, 9, 0));
        AnnualReportWatch.Result first = watch.check();
        assertThat(first.drafted()).isGreaterThanOrEqualTo(2);
        assertThat(first.warned()).isZero();
        AnnualReport report = reports.reports(f.actor("head1")).stream().filter(x -> x.year() == 2026).findFirst()
                .orElseThrow();
        assertThat(report.status()).isEqualTo(AnnualReportService.DRAFT);
        assertThat(report.figures().reconsiderations()).isGreaterThanOrEqualTo(1);
        assertThat(report.figures().remedyOutcomes()).extracting(AnnualReport.Line::label).contains("行政复议：决定被撤销");
        assertThat(AnnualReportService.csv(report.figures())).contains("\"复议诉讼结果\",\"行政复议：决定被撤销\"");
        assertThat(watch.check().drafted()).as("drafted once").isZero();

        // due Sunday 31 January 2027: the 3-working-day window opens on Wednesday 27 January
        at(LocalDateTime.of(2027, 1, 26, 9, 0));
        assertThat(watch.check().warned()).isZero();
        at(LocalDateTime.of(2027, 1, 27, 9, 0));
        assertThat(watch.check().warned()).as("the heads of both units").isGreaterThanOrEqualTo(4);
        assertThat(unread("principal", AnnualReportWatch.REPORT_WARNING)).singleElement()
                .satisfies(n -> assertThat(n.text()).contains("2026 年度", "2027-01-31", "草稿"));
        assertThat(unread("officer1", AnnualReportWatch.REPORT_WARNING)).as("heads only").isEmpty();
        assertThat(watch.check().warned()).as("once while unread").isZero();

        at(LocalDateTime.of(2027, 2, 1, 9, 0));
        assertThat(watch.check().warned()).isGreaterThanOrEqualTo(4);
        assertThat(unread("head1", AnnualReportWatch.REPORT_OVERDUE)).hasSize(1);

        // the system drafted it: any head may approve
        reports.approve(f.actor("head1"), report.id());
        reports.publish(f.actor("head1"), report.id());
        at(LocalDateTime.of(2027, 2, 2, 9, 0));
        assertThat(watch.check().warned()).isZero();
        assertThat(reports.unpublished(2026)).extracting(AnnualReport::unitId).doesNotContain(report.unitId());
        at(LocalDateTime.of(2027, 3, 1, 9, 0));
        assertThat(watch.check()).isEqualTo(new AnnualReportWatch.Result(0, 0));
    }
}
