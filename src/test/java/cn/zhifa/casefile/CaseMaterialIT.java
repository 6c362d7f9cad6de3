package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.shared.DomainException;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The case material beside the approval and decision forms (issue 16 item 2): at 处理决定 it holds the lead and
 * verification opinion, the handlers, the facts, the evidence, the proposal with the discretion reasons, the notice
 * as served, and the legal-review opinion — in the reader's language — and only for those who may read the case.
 */
@IntegrationTest
class CaseMaterialIT {

    @Autowired CaseFiles f;
    @Autowired CaseMaterialService material;

    @Test
    void theMaterialAtTheDecisionHoldsTheFactsTheProposalAndTheLegalReviewOpinion() {
        CaseFile c = f.aCaseAtLegalReview();
        f.legalReview(c.id(), "reviewer1", ReviewOutcome.AGREE);
        assertThat(f.openTask(c.id()).taskKey()).isEqualTo(ProcedureTasks.TASK_DECISION);

        CaseMaterial zh = material.of(f.actor("head1"), c.id(), Messages.ZH_CN);
        String text = CaseMaterialService.text(zh);
        assertThat(zh.section("facts").orElseThrow().lines()).extracting(CaseMaterial.Line::text)
                .containsExactly("当事人占道经营，事实清楚");
        assertThat(zh.section("proposal").orElseThrow().lines()).extracting(CaseMaterial.Line::text)
                .contains("罚款 500.00 元", "一般情形", "涉及重大公共利益");
        assertThat(zh.section("review").orElseThrow().lines())
                .anySatisfy(l -> {
                    assertThat(l.label()).isEqualTo("法制审核意见");
                    assertThat(l.text()).isEqualTo("经审核，同意承办人意见");
                });
        assertThat(text).contains("核查属实，建议立案", "巡查发现占道经营", "告知书送达", "当事人放弃陈述申辩",
                "调查认定的事实", "拟处理意见与裁量", "证据（");
        assertThat(zh.section("decision")).as("nothing decided yet").isEmpty();
        assertThat(zh.sections()).extracting(CaseMaterial.Section::id)
                .containsSubsequence("lead", "handlers", "facts", "evidence", "proposal", "heard", "review");

        String en = CaseMaterialService.text(material.of(f.actor("head1"), c.id(), Locale.ENGLISH));
        assertThat(en).contains("Facts found", "Legal review opinion", "500.00 yuan", "当事人占道经营，事实清楚")
                .doesNotContain("法制审核意见", "拟处理");
    }

    @Test
    void aCaseOutsideTheReadersScopeHasNoMaterial() {
        CaseFile c = f.aFiledCase();
        DomainException e = Refusals.catchDomain(() -> material.of(f.actor("wj_officer1"), c.id(),
                Messages.ZH_CN));
        assertThat(e.code()).isEqualTo("case.notFound");
    }
}
