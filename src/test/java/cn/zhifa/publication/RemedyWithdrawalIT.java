package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.Remedy;
import cn.zhifa.casefile.RemedyKind;
import cn.zhifa.casefile.RemedyOutcome;
import cn.zhifa.casefile.RemedyService;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.organization.Actor;
import cn.zhifa.shared.DomainException;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/**
 * A decision changed by a remedy comes down from the portal by itself (行政处罚法 Art. 48 ¶2), and remedies are
 * recorded only within their rules — a refused entry changes nothing.
 */
@IntegrationTest
class RemedyWithdrawalIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired PublicationService publications;
    @Autowired RemedyService remedies;
    @Autowired TestRestTemplate rest;

    private Publication published(CaseFile c) {
        Publication p = publications.ofCase(f.actor("officer1"), c.id()).orElseThrow();
        publications.review(f.actor("officer1"), p.id(), p.partyText(), p.factsText(), null);
        return publications.publish(f.actor("head1"), p.id());
    }

    private static String code(Throwable e) {
        return ((DomainException) e).code();
    }

    @Test
    void revokedOnReconsiderationTheDecisionLeavesThePortalWithTheOutcomeAsExplanation() {
        CaseFile c = PublicationFixtures.decided(f, cases, PublicationFixtures.company("戊某某装饰有限公司"),
                "当事人擅自占用道路堆放装修垃圾。", OutcomeType.FINE);
        Publication pub = published(c);
        Actor officer = f.actor("officer1");
        Remedy r = remedies.file(officer, c.id(), RemedyKind.RECONSIDERATION, f.today(), "区人民政府", "当事人申请复议");
        assertThat(publications.get(officer, pub.id()).status()).as("filing alone changes nothing")
                .isEqualTo(PublicationStatus.PUBLISHED);
        remedies.conclude(f.actor("head1"), c.id(), r.id(), f.today(), RemedyOutcome.REVOKED, "认定事实不清，予以撤销。");

        Publication after = publications.get(officer, pub.id());
        assertThat(after.status()).isEqualTo(PublicationStatus.WITHDRAWN);
        String page = rest.getForObject("/public/decisions/" + pub.publicId(), String.class);
        assertThat(page).contains("已撤回", "行政复议", "决定被撤销", "认定事实不清").doesNotContain("戊某某装饰");
        assertThat(rest.getForObject("/public/decisions", String.class)).doesNotContain(pub.publicId());
        assertThat(cases.view(officer, c.id()).history()).extracting(StageChange::action)
                .containsSubsequence("REMEDY_FILED", "REMEDY_CONCLUDED", "PUBLICATION_WITHDRAWN");
        assertThat(remedies.ofCase(officer, c.id())).singleElement().satisfies(x -> {
            assertThat(x.outcome()).isEqualTo(RemedyOutcome.REVOKED);
            assertThat(x.open()).isFalse();
        });
    }

    @Test
    void upheldKeepsThePublicationAndAChangedDraftCanNeverBePublished() {
        CaseFile kept = PublicationFixtures.decided(f, cases, PublicationFixtures.company("己某某餐饮有限公司"),
                "当事人店外经营。", OutcomeType.FINE);
        Publication pub = published(kept);
        Remedy r = remedies.file(f.actor("officer1"), kept.id(), RemedyKind.LITIGATION, f.today(), "区人民法院", null);
        remedies.conclude(f.actor("officer1"), kept.id(), r.id(), f.today(), RemedyOutcome.UPHELD, null);
        assertThat(publications.get(f.actor("officer1"), pub.id()).status()).isEqualTo(PublicationStatus.PUBLISHED);

        CaseFile draft = PublicationFixtures.decided(f, cases, PublicationFixtures.company("庚某某物流有限公司"),
                "当事人占道装卸。", OutcomeType.FINE);
        Publication d = publications.ofCase(f.actor("officer1"), draft.id()).orElseThrow();
        Remedy r2 = remedies.file(f.actor("officer1"), draft.id(), RemedyKind.RECONSIDERATION, f.today(), "区人民政府",
                null);
        remedies.conclude(f.actor("officer1"), draft.id(), r2.id(), f.today(), RemedyOutcome.CHANGED, "罚款变更为警告。");
        Publication excluded = publications.get(f.actor("officer1"), d.id());
        assertThat(excluded.status()).isEqualTo(PublicationStatus.EXCLUDED);
        assertThat(excluded.exclusion()).isEqualTo(Exclusion.DECISION_CHANGED);
        assertThatThrownBy(() -> publications.publish(f.actor("head1"), d.id())).isInstanceOf(DomainException.class);
    }

    @Test
    void remedyRulesRefuseAndChangeNothing() {
        CaseFile undecided = f.aCaseAtDecision();
        assertThatThrownBy(() -> remedies.file(f.actor("officer1"), undecided.id(), RemedyKind.RECONSIDERATION,
                f.today(), "区人民政府", null)).satisfies(e -> assertThat(code(e)).isEqualTo("remedy.notDecided"));
        assertThat(remedies.ofCase(f.actor("officer1"), undecided.id())).isEmpty();

        CaseFile c = PublicationFixtures.decided(f, cases, PublicationFixtures.company("辛某某商贸有限公司"),
                "当事人擅自设置户外广告。", OutcomeType.FINE);
        Actor officer = f.actor("officer1");
        List<StageChange> before = cases.view(officer, c.id()).history();
        assertThatThrownBy(() -> remedies.file(officer, c.id(), RemedyKind.RECONSIDERATION, f.today().plusDays(1),
                "区人民政府", null)).satisfies(e -> assertThat(code(e)).isEqualTo("remedy.badFiledOn"));
        assertThatThrownBy(() -> remedies.file(officer, c.id(), null, f.today(), "区人民政府", null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("field.required"));
        assertThatThrownBy(() -> remedies.file(officer, c.id(), RemedyKind.LITIGATION, f.today(), " ", null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("field.required"));
        assertThatThrownBy(() -> remedies.file(f.actor("officer3"), c.id(), RemedyKind.LITIGATION, f.today(),
                "区人民法院", null)).satisfies(e -> assertThat(code(e)).isEqualTo("remedy.handlersOrHeads"));
        assertThatThrownBy(() -> remedies.file(f.actor("wj_officer1"), c.id(), RemedyKind.LITIGATION, f.today(),
                "区人民法院", null)).satisfies(e -> assertThat(((DomainException) e).kind())
                        .isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThat(remedies.ofCase(officer, c.id())).isEmpty();
        assertThat(cases.view(officer, c.id()).history()).isEqualTo(before);

        Remedy open = remedies.file(officer, c.id(), RemedyKind.RECONSIDERATION, f.today(), "区人民政府", null);
        assertThatThrownBy(() -> remedies.file(officer, c.id(), RemedyKind.LITIGATION, f.today(), "区人民法院", null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("remedy.alreadyOpen"));
        assertThatThrownBy(() -> remedies.conclude(officer, c.id(), open.id(), f.today(), RemedyOutcome.REVOKED, null))
                .as("a changed decision needs its reason").satisfies(e -> assertThat(code(e)).isEqualTo("field.required"));
        assertThatThrownBy(() -> remedies.conclude(officer, c.id(), open.id(), f.today().minusDays(1),
                RemedyOutcome.UPHELD, null)).satisfies(e -> assertThat(code(e)).isEqualTo("remedy.badEndedOn"));
        assertThat(remedies.ofCase(officer, c.id())).singleElement().satisfies(x -> assertThat(x.open()).isTrue());
        remedies.conclude(officer, c.id(), open.id(), f.today(), RemedyOutcome.WITHDRAWN, null);
        assertThatThrownBy(() -> remedies.conclude(officer, c.id(), open.id(), f.today(), RemedyOutcome.UPHELD, null))
                .satisfies(e -> assertThat(code(e)).isEqualTo("remedy.alreadyConcluded"));
    }
}
