package cn.zhifa.publication;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StageChange;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The review step re-scans what the officer submits (issue 17): a detected item is refused, named, and nothing
 * changes; a false positive marked with a reason passes and is recorded in the case record; release re-scans too.
 */
@IntegrationTest
class RedactionReviewIT {

    /** The probe's facts: an ID written with spaces, a room after a bare 住, a lane with house number, a representative. */
    static final String FACTS = "经查，当事人陈某（身份证号 110105 19900101 1232）住阳光小区3号楼502室，在长乐路123弄45号门前"
            + "占道经营，其雇主公司的法定代表人周建华在场。";

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired PublicationService publications;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;

    private Publication draft() {
        CaseFile c = PublicationFixtures.decided(f, cases, PublicationFixtures.person("陈某", "110105199001011232"),
                FACTS, OutcomeType.FINE);
        return publications.ofCase(f.actor("officer1"), c.id()).orElseThrow();
    }

    private Supplier<Object> snapshot(Publication p) {
        return () -> List.of(publications.get(f.actor("officer1"), p.id()),
                cases.view(f.actor("officer1"), p.caseId()).history().size());
    }

    @Test
    void theDraftIsRedactedAndAMaskedPartyNameStays() {
        Publication p = draft();
        assertThat(p.partyText()).isEqualTo("陈某");
        assertThat(p.factsText()).isEqualTo("经查，当事人陈某（身份证号 ***）住阳光小区***，在长乐路***门前占道经营，"
                + "其雇主公司的法定代表人周某某在场。");
    }

    @Test
    void aDetectedItemRefusesTheReviewNamingIt() {
        Publication p = draft();
        // the officer "restores" the ID with full-width digits and a room after a bare 住: refused, nothing changed
        String zh = Refusals.refused(messages, snapshot(p), "publication.stillSensitive",
                () -> publications.review(f.actor("officer1"), p.id(), p.partyText(),
                        p.factsText() + "另查，其亲属住５０２室，身份证１１０１０５１９９００１０１１２３２。", null));
        assertThat(zh).contains("详细住址「５０２室」", "身份证号「１１０１０５１９９００１０１１２３２」");
        // the party's own name in clear is found too
        Refusals.refused(messages, snapshot(p), "publication.stillSensitive",
                () -> publications.review(f.actor("officer1"), p.id(), p.partyText(),
                        p.factsText().replace("周某某", "周建华"), null));
        // nothing reviewed: release is refused
        Refusals.refused(messages, snapshot(p), "publication.notReviewed",
                () -> publications.publish(f.actor("head1"), p.id()));
    }

    @Test
    void aFalsePositiveMarkedWithAReasonPassesAndIsRecorded() {
        Publication p = draft();
        String facts = p.factsText() + "当事人店铺对外公示的服务电话为010-65129999。";
        // unmarked: refused; marked without reason or with a text the scan did not detect: refused, nothing changed
        Refusals.refused(messages, snapshot(p), "publication.stillSensitive",
                () -> publications.review(f.actor("officer1"), p.id(), p.partyText(), facts, null));
        Refusals.refused(messages, snapshot(p), "field.required",
                () -> publications.review(f.actor("officer1"), p.id(), p.partyText(), facts, null,
                        List.of(new FalsePositive("010-65129999", " "))));
        Refusals.refused(messages, snapshot(p), "publication.falsePositive.notDetected",
                () -> publications.review(f.actor("officer1"), p.id(), p.partyText(), facts, null,
                        List.of(new FalsePositive("010-65129999", "店铺公示电话"),
                                new FalsePositive("占道经营", "不是个人信息"))));

        Publication reviewed = publications.review(f.actor("officer1"), p.id(), p.partyText(), facts, "核对",
                List.of(new FalsePositive("010-65129999", "店铺门头公示的服务电话，非个人联系方式")));
        assertThat(reviewed.factsText()).endsWith("服务电话为010-65129999。");
        List<StageChange> h = cases.view(f.actor("officer1"), p.caseId()).history();
        assertThat(h).extracting(StageChange::action).contains("PUBLICATION_FALSE_POSITIVE",
                "PUBLICATION_REDACTION_ADJUSTED");
        assertThat(h.stream().filter(s -> s.action().equals("PUBLICATION_FALSE_POSITIVE")).findFirst().orElseThrow()
                .text()).contains("010-65129999", "店铺门头公示的服务电话");
        // the mark holds for release
        assertThat(publications.publish(f.actor("head1"), p.id()).status()).isEqualTo(PublicationStatus.PUBLISHED);
    }

    @Test
    void releaseReScansTheStoredText() {
        Publication p = draft();
        publications.review(f.actor("officer1"), p.id(), p.partyText(), p.factsText(), null);
        // a text changed behind the review (an older draft, a direct edit): release refuses and names the item
        jdbc.update("UPDATE publication SET facts_text = CONCAT(facts_text, '联系电话：139 1234 5678。') WHERE id = ?",
                p.id());
        String zh = Refusals.refused(messages, snapshot(p), "publication.stillSensitive",
                () -> publications.publish(f.actor("head1"), p.id()));
        assertThat(zh).contains("手机号码「139 1234 5678」");
    }
}
