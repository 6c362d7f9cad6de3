package cn.zhifa.procedure;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 行政处罚法 Art. 33 ¶3 (issue #12 item 8): 不予行政处罚 only with the record of educating the party. */
@IntegrationTest
class NoPenaltyEducationIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired Messages messages;

    @Test
    void noPenaltyNeedsTheEducationRecordWhichGoesOnTheRecord() {
        CaseFile c = f.aCaseAtDecision();
        long id = c.id();
        String zh = refused(messages, () -> cases.view(f.actor("head1"), id), "decision.educationRequired",
                () -> f.step(id, "head1", new StepPayload.Decision(OutcomeType.NO_PENALTY, null, null, null,
                        f.today(), " ")));
        assertThat(zh).contains("第三十三条第三款");
        String education = "当场对当事人进行批评教育，宣讲《城市市容和环境卫生管理条例》，当事人表示今后不再占道经营";
        CaseFile decided = f.step(id, "head1", new StepPayload.Decision(OutcomeType.NO_PENALTY, null, null, null,
                f.today(), education));
        assertThat(decided.decidedOutcome()).isEqualTo(OutcomeType.NO_PENALTY);
        assertThat(decided.educationRecord()).isEqualTo(education);
        f.recorded(id, "DECIDED", "educationRecord", "批评教育", education);
    }

    @Test
    void aPenaltyDecisionKeepsNoEducationRecord() {
        CaseFile c = f.aCaseAtDecision();
        CaseFile decided = f.step(c.id(), "head1", new StepPayload.Decision(OutcomeType.FINE, CaseFiles.FINE, null,
                "责令立即改正", f.today(), "不适用"));
        assertThat(decided.educationRecord()).isNull();
    }
}
