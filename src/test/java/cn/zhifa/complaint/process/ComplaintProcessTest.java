package cn.zhifa.complaint.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of bpmn/complaint.bpmn on a bare engine: assign, transfer, reply or not, late verification/reply. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = ComplaintProcess.RESOURCE)
class ComplaintProcessTest {

    ProcessEngine processEngine;

    public static class Timers {
        public Date verify = Date.from(Instant.parse("2026-03-20T16:00:00Z"));
        public Date reply = Date.from(Instant.parse("2026-03-27T16:00:00Z"));

        public Date verifyLateAt(Object id) {
            return verify;
        }

        public Date replyLateAt(Object id) {
            return reply;
        }
    }

    private final List<String> warned = new ArrayList<>();

    @BeforeEach
    void mocks() {
        Mocks.register("complaintTimers", new Timers());
        Mocks.register("complaintLateDelegate", (JavaDelegate) ex -> warned.add(ex.getCurrentActivityId()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(boolean replyRequired) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(ComplaintProcess.PROCESS_KEY,
                Map.of(ComplaintProcess.VAR_CASE_ID, 9L, ComplaintProcess.VAR_UNIT_ID, 1L,
                        ComplaintProcess.VAR_PROCEDURE, ComplaintProcess.PROCEDURE,
                        ComplaintProcess.VAR_REPLY_REQUIRED, replyRequired));
    }

    private void assign(ProcessInstance pi, String verifier) {
        complete(task(ComplaintProcess.TASK_ASSIGN, pi), Map.of(ComplaintProcess.VAR_TRANSFERRED, false,
                ComplaintProcess.VAR_VERIFIER_ID, verifier));
    }

    @Test
    void assignedVerifiedAndReplied() {
        ProcessInstance pi = start(true);
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_ASSIGN);
        assertThat(task(pi)).hasCandidateGroup("TEAM_LEADER");
        assign(pi, "12");
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_VERIFY);
        assertThat(task(pi)).isAssignedTo("12");
        complete(task(pi));
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_REPLY);
        assertThat(task(pi)).isAssignedTo("12");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(ComplaintProcess.END_CLOSED);
        assertThat(warned).isEmpty();
    }

    @Test
    void transferredToAnotherUnitThenAnonymousNeedsNoReply() {
        ProcessInstance pi = start(false);
        complete(task(pi), Map.of(ComplaintProcess.VAR_TRANSFERRED, true, ComplaintProcess.VAR_UNIT_ID, 2L));
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_ASSIGN);
        assertThat(processEngine.getRuntimeService().getVariable(pi.getId(), ComplaintProcess.VAR_UNIT_ID))
                .isEqualTo(2L);
        assign(pi, "31");
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(ComplaintProcess.END_CLOSED).hasNotPassed(ComplaintProcess.TASK_REPLY);
    }

    @Test
    void lateVerificationAndReplyAreWarned() {
        ProcessInstance pi = start(true);
        assign(pi, "12");
        execute(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(ComplaintProcess.TIMER_VERIFY_LATE).singleResult());
        assertThat(warned).containsExactly(ComplaintProcess.TASK_WARN_VERIFY);
        assertThat(pi).isWaitingAt(ComplaintProcess.TASK_VERIFY).hasPassed(ComplaintProcess.END_VERIFY_WARNED);
        complete(task(pi));
        execute(processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(ComplaintProcess.TIMER_REPLY_LATE).singleResult());
        assertThat(warned).containsExactly(ComplaintProcess.TASK_WARN_VERIFY, ComplaintProcess.TASK_WARN_REPLY);
        complete(task(pi));
        assertThat(pi).isEnded().hasPassed(ComplaintProcess.END_CLOSED, ComplaintProcess.END_REPLY_WARNED);
    }
}
