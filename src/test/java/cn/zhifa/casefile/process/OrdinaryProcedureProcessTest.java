package cn.zhifa.casefile.process;

import static cn.zhifa.casefile.process.OrdinaryProcedure.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One test per path of bpmn/ordinary-procedure.bpmn, on a bare in-memory engine with the archive step mocked. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = RESOURCE)
class OrdinaryProcedureProcessTest {

    ProcessEngine processEngine;
    private final List<Long> archived = new ArrayList<>();

    @BeforeEach
    void mockArchive() {
        Mocks.register("archiveCaseDelegate",
                (org.camunda.bpm.engine.delegate.JavaDelegate) ex -> archived.add((Long) ex.getVariable(VAR_CASE_ID)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    private ProcessInstance start() {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, "7",
                Map.of(VAR_CASE_ID, 7L, VAR_UNIT_ID, 1L));
        assertThat(pi).isStarted().isWaitingAt(TASK_VERIFY_LEAD);
        assertThat(task(pi)).hasCandidateGroup("OFFICER");
        return pi;
    }

    private void toFiled(ProcessInstance pi) {
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_APPROVE_FILING);
        assertThat(task(pi)).hasCandidateGroup("HEAD");
        complete(task(pi), withVariables(VAR_FILING_APPROVED, true));
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        assertThat(task(pi)).hasCandidateGroup(GROUP_HANDLER);
    }

    private void investigateAndReport(ProcessInstance pi) {
        assertThat(pi).isWaitingAt(TASK_INVESTIGATE);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_INVESTIGATION_REPORT);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_CASE_REVIEW);
        // team leaders and heads (a unit without a team leader still gets past 案件审核)
        assertThat(task(pi)).hasCandidateGroup(cn.zhifa.organization.Permissions.GROUP_CASE_REVIEWER);
    }

    /** Case review approves; the first notice is always required. */
    private void approveReview(ProcessInstance pi) {
        complete(task(pi), withVariables(VAR_REVIEW_APPROVED, true, VAR_NOTICE_REQUIRED, true));
    }

    /** Notice, then the statement (no hearing) with the gate variables the service sets. */
    private void noticeAndStatement(ProcessInstance pi, boolean review, boolean deliberation) {
        assertThat(pi).isWaitingAt(TASK_ADVANCE_NOTICE);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_STATEMENT_DEFENCE);
        complete(task(pi), withVariables(VAR_HEARING_REQUESTED, false, VAR_LEGAL_REVIEW_REQUIRED, review,
                VAR_DELIBERATION_REQUIRED, deliberation));
    }

    private void review(ProcessInstance pi, String outcome, boolean deliberation) {
        assertThat(pi).isWaitingAt(TASK_LEGAL_REVIEW);
        assertThat(task(pi)).hasCandidateGroup("LEGAL_REVIEWER");
        complete(task(pi), withVariables(VAR_LEGAL_REVIEW_OUTCOME, outcome, VAR_DELIBERATION_REQUIRED, deliberation));
    }

    private void decideServeExecuteClose(ProcessInstance pi, boolean transfer) {
        assertThat(pi).isWaitingAt(TASK_DECISION);
        assertThat(task(pi)).hasCandidateGroup("HEAD");
        complete(task(pi), withVariables(VAR_TRANSFER, transfer));
        if (!transfer) {
            assertThat(pi).isWaitingAt(TASK_SERVICE);
            complete(task(pi));
        }
        assertThat(pi).isWaitingAt(TASK_EXECUTION);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_CLOSING_APPROVAL);
        complete(task(pi), withVariables(VAR_CLOSING_APPROVED, true));
        assertThat(pi).hasPassed(TASK_ARCHIVE).isEnded();
        assertEquals(List.of(7L), archived);
    }

    @Test
    void notFiled() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), withVariables(VAR_FILING_APPROVED, false));
        assertThat(pi).hasPassed(END_NOT_FILED).isEnded().hasNotPassed(TASK_INVESTIGATE);
    }

    @Test
    void ordinaryCaseWithoutReviewOrDeliberation() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, false, false);
        decideServeExecuteClose(pi, false);
        assertThat(pi).hasNotPassed(TASK_LEGAL_REVIEW, TASK_DELIBERATION, TASK_SCHEDULE_HEARING)
                .hasPassed(END_ARCHIVED);
    }

    @Test
    void caseReviewReturnsToInvestigation() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        complete(task(pi), withVariables(VAR_REVIEW_APPROVED, false));
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, false, false);
        decideServeExecuteClose(pi, false);
    }

    /** 住建部令55 order: the legal review comes after notice and statement, and AGREE leads to the decision. */
    @Test
    void legalReviewAfterStatementThenDecision() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, true, false);
        review(pi, "AGREE", false);
        assertThat(pi).isWaitingAt(TASK_DECISION);
        decideServeExecuteClose(pi, false);
        assertThat(pi).hasPassed(TASK_ADVANCE_NOTICE, TASK_STATEMENT_DEFENCE, TASK_LEGAL_REVIEW)
                .hasNotPassed(TASK_DELIBERATION);
    }

    /** SUPPLEMENT: back to investigation; without a heavier proposal no new notice, straight back to review. */
    @Test
    void supplementLoopsThroughInvestigationAndBackToReview() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, true, false);
        review(pi, "SUPPLEMENT", false);
        investigateAndReport(pi);
        complete(task(pi), withVariables(VAR_REVIEW_APPROVED, true, VAR_NOTICE_REQUIRED, false,
                VAR_LEGAL_REVIEW_REQUIRED, true, VAR_DELIBERATION_REQUIRED, true));
        review(pi, "AGREE", true);
        assertThat(pi).isWaitingAt(TASK_DELIBERATION);
        complete(task(pi));
        decideServeExecuteClose(pi, false);
    }

    /** SUPPLEMENT with a heavier proposal: a new advance notice and statement before the review again. */
    @Test
    void supplementWithHeavierProposalNotifiesAgain() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, true, false);
        review(pi, "SUPPLEMENT", false);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, true, false);
        review(pi, "AGREE", false);
        decideServeExecuteClose(pi, false);
    }

    /** CORRECT: the handlers' 整改/补正文书 task, then the review again. */
    @Test
    void correctGoesToTheHandlersThenBackToReview() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, true, false);
        review(pi, "CORRECT", false);
        assertThat(pi).isWaitingAt(TASK_CORRECT_DOCUMENTS);
        assertThat(task(pi)).hasCandidateGroup(GROUP_HANDLER);
        complete(task(pi));
        review(pi, "AGREE", false);
        decideServeExecuteClose(pi, false);
    }

    /** TRANSFER: on to the decision (the service restricts it to a transfer), which skips service. */
    @Test
    void transferRecommendationGoesToTheDecision() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, true, false);
        review(pi, "TRANSFER", false);
        decideServeExecuteClose(pi, true);
        assertThat(pi).hasNotPassed(TASK_SERVICE);
    }

    /** Hearing requested: schedule, hold, then legal review (Art. 58(2)). */
    @Test
    void hearingRequestedThenReview() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_STATEMENT_DEFENCE);
        complete(task(pi), withVariables(VAR_HEARING_REQUESTED, true));
        assertThat(pi).isWaitingAt(TASK_SCHEDULE_HEARING);
        assertThat(task(pi)).hasCandidateGroup("HEAD");
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_HOLD_HEARING);
        assertThat(task(pi)).hasCandidateGroup(GROUP_HANDLER);
        complete(task(pi), withVariables(VAR_LEGAL_REVIEW_REQUIRED, true, VAR_DELIBERATION_REQUIRED, true));
        review(pi, "AGREE", true);
        complete(task(pi));
        decideServeExecuteClose(pi, false);
        assertThat(pi).hasPassed(TASK_HOLD_HEARING, TASK_LEGAL_REVIEW, TASK_DELIBERATION);
    }

    @Test
    void collectiveDeliberationBeforeDecision() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, false, true);
        assertThat(pi).isWaitingAt(TASK_DELIBERATION);
        assertThat(task(pi)).hasCandidateGroup("HEAD");
        complete(task(pi));
        decideServeExecuteClose(pi, false);
    }

    @Test
    void closingReturnsToExecution() {
        ProcessInstance pi = start();
        toFiled(pi);
        investigateAndReport(pi);
        approveReview(pi);
        noticeAndStatement(pi, false, false);
        complete(task(pi), withVariables(VAR_TRANSFER, false));
        complete(task(pi));
        complete(task(pi));
        assertThat(pi).isWaitingAt(TASK_CLOSING_APPROVAL);
        complete(task(pi), withVariables(VAR_CLOSING_APPROVED, false));
        assertThat(pi).isWaitingAt(TASK_EXECUTION);
        complete(task(pi));
        complete(task(pi), withVariables(VAR_CLOSING_APPROVED, true));
        assertThat(pi).isEnded().hasPassed(END_ARCHIVED);
    }

    @Test
    void everyUserTaskHasAStageAndAPayload() {
        var model = processEngine.getRepositoryService().getBpmnModelInstance(processEngine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(PROCESS_KEY).singleResult().getId());
        var userTasks = model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.UserTask.class);
        var steps = cn.zhifa.procedure.ProcedureSteps.declarations();
        assertEquals(steps.size(), userTasks.size());
        // the deployed model is the one the step catalogue checks at start-up: one step, stage and payload each
        var deployed = new java.util.TreeSet<String>();
        userTasks.forEach(t -> deployed.add(t.getId()));
        assertEquals(userTaskIds(), deployed);
        org.junit.jupiter.api.Assertions.assertTrue(
                cn.zhifa.casefile.StepCatalogue.check(steps, deployed, null).isEmpty());
        for (var s : steps) {
            org.junit.jupiter.api.Assertions.assertNotNull(s.stage(), s.taskKey());
            org.junit.jupiter.api.Assertions.assertNotNull(s.payloadType(), s.taskKey());
        }
    }
}
