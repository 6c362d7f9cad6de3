package cn.zhifa.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zhifa.casefile.process.OrdinaryProcedure;
import cn.zhifa.shared.Messages;
import cn.zhifa.support.CaseFiles;
import cn.zhifa.support.IntegrationTest;
import cn.zhifa.support.Refusals;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 退回 (issue 16 item 1): to an earlier step the back-step table allows, with a reason, by whoever may work the open
 * step; the engine, the inbox, the stage and the record follow; refusals change nothing; the table fits the BPMN.
 */
@IntegrationTest
class SendBackIT {

    @Autowired CaseFiles f;
    @Autowired SendBackService sendBacks;
    @Autowired CaseFileService cases;
    @Autowired Messages messages;
    @Autowired JdbcTemplate jdbc;
    @Autowired TransferService transfers;

    @Test
    void theHeadSendsTheFilingBackToVerificationAndTheCaseGoesOnFromThere() {
        CaseFile c = f.aCaseAwaitingFiling();
        String approval = f.openTask(c.id()).taskId();
        assertThat(sendBacks.targets(approval)).containsExactly(ProcedureTasks.TASK_VERIFY_LEAD);
        // not in the table, no reason, not the head's task: refused, nothing changed
        String zh = refused(c.id(), "task.sendBack.notAllowed", () -> sendBacks.sendBack(f.actor("head1"), approval,
                ProcedureTasks.TASK_INVESTIGATE, "补充"));
        assertThat(zh).contains("立案审批").contains("调查取证");
        refused(c.id(), "field.required", () -> sendBacks.sendBack(f.actor("head1"), approval,
                ProcedureTasks.TASK_VERIFY_LEAD, "  "));
        Refusals.catchDomain(() -> sendBacks.sendBack(f.actor("officer3"), approval,
                ProcedureTasks.TASK_VERIFY_LEAD, "补充"));
        assertThat(f.openTask(c.id()).taskKey()).isEqualTo(ProcedureTasks.TASK_APPROVE_FILING);

        CaseFile back = sendBacks.sendBack(f.actor("head1"), approval, ProcedureTasks.TASK_VERIFY_LEAD,
                "核查不充分，请补充现场照片");
        assertThat(back.stage()).isEqualTo(CaseStage.VERIFICATION);
        assertThat(f.openTask(c.id()).taskKey()).isEqualTo(ProcedureTasks.TASK_VERIFY_LEAD);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM ACT_RU_TASK WHERE PROC_INST_ID_ = ?", Integer.class,
                back.processInstanceId())).isEqualTo(1);
        Map<String, Object> entry = jdbc.queryForMap("SELECT summary, details FROM case_record WHERE case_id = ? "
                + "AND action = 'STEP_SENT_BACK'", c.id());
        assertThat(messages.render(entry.get("summary").toString(), Messages.ZH_CN))
                .isEqualTo("立案审批 → 线索核查：核查不充分，请补充现场照片");
        assertThat(entry.get("details").toString()).contains("\"to\":\"Task_VerifyLead\"");
        // and on from there: verified again, filed
        f.step(c.id(), "officer1", f.verifyToFile());
        CaseFile filed = f.step(c.id(), "head1", new StepPayload.ApproveFiling(true, "同意立案"));
        assertThat(filed.stage()).isEqualTo(CaseStage.INVESTIGATION);
    }

    @Test
    void sentBackFromTheDecisionTheProposalIsMadeAgainAndReviewedAgain() {
        CaseFile c = f.aCaseAtLegalReview();
        CaseFile agreed = f.legalReview(c.id(), "reviewer1", cn.zhifa.casefile.ReviewOutcome.AGREE);
        assertThat(agreed.stage()).isEqualTo(CaseStage.DECISION);
        assertThat(agreed.legalReviewPassed()).isTrue();
        String decision = f.openTask(c.id()).taskId();
        CaseFile back = sendBacks.sendBack(f.actor("head1"), decision, ProcedureTasks.TASK_INVESTIGATE,
                "违法面积与笔录不一致，补充测量");
        assertThat(back.stage()).isEqualTo(CaseStage.INVESTIGATION);
        assertThat(back.legalReviewPassed()).isFalse();
        f.step(c.id(), "officer1", new StepPayload.Investigate("补充测量：占道 6 平方米",
                List.of(new StepPayload.DocumentInput("INVESTIGATION_RECORD", "现场检查笔录（补充）"))));
        f.step(c.id(), "officer1", f.tiered(c.id(),
                new StepPayload.InvestigationReport(OutcomeType.FINE, CaseFiles.FINE, null,
                "责令立即改正", "一般情形", true, "涉及重大公共利益", false)));
        CaseFile reviewed = f.step(c.id(), "leader1", new StepPayload.CaseReview(true, false, false, "同意"));
        // the same proposal was notified already: no new notice, but the legal review runs again
        assertThat(reviewed.stage()).isEqualTo(CaseStage.LEGAL_REVIEW);
        assertThat(f.openTask(c.id()).taskKey()).isEqualTo(ProcedureTasks.TASK_LEGAL_REVIEW);
    }

    @Test
    void nothingIsSentBackWhileATransferForSuspectedCrimeIsOpen() {
        CaseFile c = f.aReportedCase(false, false);
        String review = f.openTask(c.id()).taskId();
        transfers.report(f.actor("officer1"), c.id(), new TransferService.Report(List.of(f.actor("officer1").userId(),
                f.actor("officer2").userId()), "占道经营并暴力抗法", "妨害公务罪", "现场视频一份"));
        refused(c.id(), "transfer.stepsHeld", () -> sendBacks.sendBack(f.actor("leader1"), review,
                ProcedureTasks.TASK_INVESTIGATE, "补充调查"));
    }

    @Test
    void theTableFitsTheModelAndABrokenPairIsNamed() {
        assertThat(OrdinaryProcedure.backStepProblems(BackSteps.TABLE)).isEmpty();
        // downstream, itself, unknown: each named
        List<String> problems = OrdinaryProcedure.backStepProblems(Map.of(
                ProcedureTasks.TASK_VERIFY_LEAD, List.of(ProcedureTasks.TASK_DECISION, ProcedureTasks.TASK_VERIFY_LEAD),
                "Task_Nowhere", List.of(ProcedureTasks.TASK_VERIFY_LEAD)));
        assertThat(problems).anyMatch(p -> p.contains("Task_VerifyLead -> Task_Decision") && p.contains("upstream"))
                .anyMatch(p -> p.contains("Task_VerifyLead -> Task_VerifyLead"))
                .anyMatch(p -> p.contains("Task_Nowhere"));
        // a model where the flow back is missing: the pair no longer fits
        String model = """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="t">
                  <process id="p" isExecutable="true">
                    <startEvent id="s"/><userTask id="A"/><userTask id="B"/><endEvent id="e"/>
                    <sequenceFlow id="f1" sourceRef="s" targetRef="B"/><sequenceFlow id="f2" sourceRef="B" targetRef="A"/>
                    <sequenceFlow id="f3" sourceRef="A" targetRef="e"/>
                  </process>
                </definitions>""";
        assertThat(OrdinaryProcedure.backStepProblems(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)),
                Map.of("B", List.of("A")))).singleElement().asString().contains("A is not upstream of B");
        assertThat(OrdinaryProcedure.backStepProblems(new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8)),
                Map.of("A", List.of("B")))).isEmpty();
    }

    private String refused(long caseId, String code, ThrowingSupplier<?> call) {
        return Refusals.refused(messages, () -> snapshot(caseId), code, call);
    }

    private Map<String, Object> snapshot(long caseId) {
        return Map.of(
                "case", jdbc.queryForMap("SELECT * FROM case_file WHERE id = ?", caseId),
                "history", jdbc.queryForList("SELECT * FROM case_record WHERE case_id = ? ORDER BY id", caseId),
                "tasks", jdbc.queryForList("SELECT * FROM task_inbox WHERE case_id = ? ORDER BY task_id", caseId),
                "engine", jdbc.queryForList("SELECT ID_, ASSIGNEE_, TASK_DEF_KEY_ FROM ACT_RU_TASK WHERE PROC_INST_ID_ "
                        + "= (SELECT process_instance_id FROM case_file WHERE id = ?)", caseId));
    }
}
