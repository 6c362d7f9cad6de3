package cn.zhifa.summary.process;

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
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of bpmn/summary-procedure.bpmn on a bare engine: with/without collection, late hand-in and 备案. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = SummaryProcedure.RESOURCE)
class SummaryProcedureProcessTest {

    ProcessEngine processEngine;

    public static class Timers {
        public Date handIn = Date.from(Instant.parse("2026-03-04T16:00:00Z"));
        public Date filing = Date.from(Instant.parse("2026-03-05T16:00:00Z"));

        public Date handInLateAt(Object caseId) {
            return handIn;
        }

        public Date filingLateAt(Object caseId) {
            return filing;
        }
    }

    /** The gateway after hand-in and 备案: whether nothing is owed any more (the service's answer, here set by the test). */
    public static class Settled {
        public boolean settled = true;
        public final List<Object> asked = new ArrayList<>();

        public boolean settled(Object caseId) {
            asked.add(caseId);
            return settled;
        }
    }

    private final Timers timers = new Timers();
    private final Settled execution = new Settled();
    private final List<String> warned = new ArrayList<>();
    private final List<Object> closed = new ArrayList<>();

    @BeforeEach
    void mocks() {
        Mocks.register("summaryTimers", timers);
        Mocks.register("summaryExecution", execution);
        Mocks.register("summaryLateDelegate", (JavaDelegate) ex -> warned.add(ex.getCurrentActivityId()));
        Mocks.register("summaryCloseDelegate", (JavaDelegate) ex -> closed.add(ex.getVariable("caseId")));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start(boolean collected) {
        return processEngine.getRuntimeService().startProcessInstanceByKey(SummaryProcedure.PROCESS_KEY,
                Map.of(SummaryProcedure.VAR_CASE_ID, 5L, SummaryProcedure.VAR_UNIT_ID, 1L,
                        SummaryProcedure.VAR_PROCEDURE, SummaryProcedure.PROCEDURE,
                        SummaryProcedure.VAR_COLLECTED, collected));
    }

    private List<Job> timers(ProcessInstance pi) {
        return processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers().list();
    }

    @Test
    void withoutCollectionOnlyTheFilingWaits() {
        ProcessInstance pi = start(false);
        assertThat(pi).isWaitingAt(SummaryProcedure.TASK_FILE_RECORD);
        assertThat(pi).hasPassed(SummaryProcedure.GATEWAY_COLLECTED);
        assertThat(timers(pi)).singleElement().satisfies(j -> assertThat(j.getDuedate()).isEqualTo(timers.filing));
        complete(task(SummaryProcedure.TASK_FILE_RECORD, pi));
        assertThat(pi).isEnded().hasPassed(SummaryProcedure.TASK_CLOSE, SummaryProcedure.END_CLOSED);
        assertThat(closed).containsExactly(5L);
        assertThat(warned).isEmpty();
    }

    @Test
    void collectedFineIsHandedInAndFiled() {
        ProcessInstance pi = start(true);
        assertThat(pi).isWaitingAt(SummaryProcedure.TASK_HAND_IN, SummaryProcedure.TASK_FILE_RECORD);
        assertThat(timers(pi)).hasSize(2);
        complete(task(SummaryProcedure.TASK_HAND_IN, pi));
        assertThat(pi).isWaitingAt(SummaryProcedure.TASK_FILE_RECORD);
        assertThat(closed).isEmpty();
        complete(task(SummaryProcedure.TASK_FILE_RECORD, pi));
        assertThat(pi).isEnded().hasPassed(SummaryProcedure.END_CLOSED);
        assertThat(closed).hasSize(1);
    }

    @Test
    void lateHandInAndFilingAreWarnedOnceAndStillCompleted() {
        ProcessInstance pi = start(true);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-03-05T00:00:00Z")));
        Job handInTimer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(SummaryProcedure.TIMER_HAND_IN_LATE).singleResult();
        execute(handInTimer);
        assertThat(warned).containsExactly(SummaryProcedure.TASK_WARN_HAND_IN);
        assertThat(pi).hasPassed(SummaryProcedure.END_HAND_IN_WARNED)
                .isWaitingAt(SummaryProcedure.TASK_HAND_IN, SummaryProcedure.TASK_FILE_RECORD);
        Job filingTimer = processEngine.getManagementService().createJobQuery().processInstanceId(pi.getId())
                .activityId(SummaryProcedure.TIMER_FILING_LATE).singleResult();
        execute(filingTimer);
        assertThat(warned).containsExactly(SummaryProcedure.TASK_WARN_HAND_IN, SummaryProcedure.TASK_WARN_FILING);
        assertThat(pi).hasPassed(SummaryProcedure.END_FILING_WARNED);
        complete(task(SummaryProcedure.TASK_FILE_RECORD, pi));
        complete(task(SummaryProcedure.TASK_HAND_IN, pi));
        assertThat(pi).isEnded().hasPassed(SummaryProcedure.END_CLOSED);
        assertThat(timers(pi)).isEmpty();
    }

    /** A fine not collected and unpaid at 备案 waits in 罚款执行（银行缴纳） until 执行完毕 (decision 0031). */
    @Test
    void anUnsettledFineWaitsAtTheBankTaskAfterTheFiling() {
        execution.settled = false;
        ProcessInstance pi = start(false);
        complete(task(SummaryProcedure.TASK_FILE_RECORD, pi));
        assertThat(pi).hasPassed(SummaryProcedure.GATEWAY_SETTLED).isWaitingAt(SummaryProcedure.TASK_PAY_AT_BANK);
        assertThat(execution.asked).isNotEmpty().containsOnly(5L); // each outgoing flow's condition asks
        assertThat(closed).isEmpty();
        complete(task(SummaryProcedure.TASK_PAY_AT_BANK, pi));
        assertThat(pi).isEnded().hasPassed(SummaryProcedure.END_CLOSED);
        assertThat(closed).containsExactly(5L);
    }
}
