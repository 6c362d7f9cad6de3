package cn.zhifa.procedure;

import static cn.zhifa.support.Refusals.refused;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.CaseFile;
import cn.zhifa.casefile.CaseFileService;
import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.OutcomeType;
import cn.zhifa.casefile.ServiceMethod;
import cn.zhifa.casefile.StepPayload;
import cn.zhifa.review.DeliberationTrigger;
import cn.zhifa.review.ReviewSettings;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * 国办发〔2022〕27号 §十二 (issue #12 item 8): a deployment that lists only the hearing trigger still cannot decide a
 * case departing from the discretion benchmark without the heads' collective discussion.
 */
@IntegrationTest
@TestPropertySource(properties = "zhifa.deliberation.triggers=HEARING_RANGE")
class BenchmarkDepartureMandatoryIT {

    @Autowired CaseFiles f;
    @Autowired CaseFileService cases;
    @Autowired ReviewSettings settings;
    @Autowired Messages messages;

    @Test
    void theBenchmarkDepartureApprovalCannotBeConfiguredAway() {
        assertThat(settings.triggers()).containsExactlyInAnyOrder(DeliberationTrigger.HEARING_RANGE,
                DeliberationTrigger.BENCHMARK_DEPARTURE);
        CaseFile c = f.aFiledCase();
        long id = c.id();
        f.step(id, "officer1", new StepPayload.Investigate("当事人占道经营，事实清楚",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录"))));
        f.step(id, "officer1", new StepPayload.InvestigationReport(OutcomeType.FINE, new BigDecimal("100"), null,
                "责令立即改正", "当事人主动改正", false, null, false, true, "当事人主动改正，低于基准下限处罚"));
        f.step(id, "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        f.step(id, "officer1", new StepPayload.AdvanceNotice(f.today(), ServiceMethod.DIRECT));
        CaseFile heard = f.step(id, "officer1", new StepPayload.StatementDefence(true, null, null));
        // the decision waits for the heads' collective discussion, which needs a confirmed resolution
        assertThat(heard.deliberationRequired()).isTrue();
        assertThat(heard.stage()).isEqualTo(CaseStage.DELIBERATION);
        assertThat(f.openTask(id).taskKey()).isEqualTo("Task_Deliberation");
        refused(messages, () -> cases.view(f.actor("principal"), id), "deliberation.noResolution",
                () -> f.step(id, "principal", new StepPayload.Deliberation(null)));
    }
}
