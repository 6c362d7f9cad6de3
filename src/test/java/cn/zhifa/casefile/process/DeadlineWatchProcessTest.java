package cn.zhifa.casefile.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
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

/**
 * Every path of bpmn/deadline-watch.bpmn and bpmn/evidence-preservation.bpmn on a bare engine: timer dates come from
 * the (mocked) timer bean, the engine clock is set, jobs are executed — no sleeping.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {DeadlineWatch.RESOURCE, PreservationEngine.RESOURCE})
class DeadlineWatchProcessTest {

    ProcessEngine processEngine;

    /** Stand-in for the calendar-backed timer bean. */
    public static class Timers {
        public Date warn = date("2026-04-01T00:30:00Z");
        public Date due = date("2026-04-07T16:00:00Z");

        public Date warnAt(Object caseId, String kind) {
            return warn;
        }

        public Date overdueAt(Object caseId, String kind) {
            return due;
        }

        public Date preservationLapseAt(Object id) {
            return due;
        }
    }

    private final Timers timers = new Timers();
    private final Deque<String> states = new ArrayDeque<>();
    private final List<String> notified = new ArrayList<>();
    private final List<Object> lapsed = new ArrayList<>();

    static Date date(String iso) {
        return Date.from(Instant.parse(iso));
    }

    @BeforeEach
    void mocks() {
        Mocks.register("deadlineTimers", timers);
        Mocks.register("deadlineCheckDelegate", (JavaDelegate) ex -> ex.setVariable(DeadlineWatch.VAR_STATE,
                states.pop()));
        Mocks.register("deadlineNotifyDelegate", (JavaDelegate) ex -> notified.add(ex.getCurrentActivityId()));
        Mocks.register("preservationLapseDelegate", (JavaDelegate) ex -> lapsed.add(
                ex.getVariable(PreservationEngine.VAR_PRESERVATION_ID)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance startWatch() {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(DeadlineWatch.PROCESS_KEY,
                Map.of(DeadlineWatch.VAR_CASE_ID, 7L, DeadlineWatch.VAR_KIND, "DECISION"));
        assertThat(pi).isWaitingAt(DeadlineWatch.TIMER_WARN);
        assertThat(job().getDuedate()).isEqualTo(timers.warn);
        return pi;
    }

    @Test
    void warnsThenAlertsOverdue() {
        ProcessInstance pi = startWatch();
        states.add("DUE");
        states.add("DUE");
        execute(job());
        assertThat(pi).isWaitingAt(DeadlineWatch.TIMER_DUE);
        assertThat(job().getDuedate()).isEqualTo(timers.due);
        execute(job());
        assertThat(pi).isEnded().hasPassed(DeadlineWatch.TASK_NOTIFY_WARNING, DeadlineWatch.TASK_NOTIFY_OVERDUE,
                DeadlineWatch.END_OVERDUE);
        assertThat(notified).containsExactly(DeadlineWatch.TASK_NOTIFY_WARNING, DeadlineWatch.TASK_NOTIFY_OVERDUE);
    }

    @Test
    void doneBeforeTheWarning() {
        ProcessInstance pi = startWatch();
        states.add("DONE");
        execute(job());
        assertThat(pi).isEnded().hasPassed(DeadlineWatch.END_DONE_BEFORE_WARNING);
        assertThat(notified).isEmpty();
    }

    @Test
    void doneAfterTheWarningInTime() {
        ProcessInstance pi = startWatch();
        states.add("DUE");
        states.add("DONE");
        execute(job());
        execute(job());
        assertThat(pi).isEnded().hasPassed(DeadlineWatch.END_DONE_IN_TIME);
        assertThat(notified).containsExactly(DeadlineWatch.TASK_NOTIFY_WARNING);
    }

    @Test
    void movedDatesRearmBothTimers() {
        ProcessInstance pi = startWatch();
        timers.warn = date("2026-04-28T00:30:00Z");
        states.add("MOVED");
        execute(job());
        assertThat(pi).isWaitingAt(DeadlineWatch.TIMER_WARN);
        assertThat(job().getDuedate()).isEqualTo(timers.warn);
        states.add("DUE");
        execute(job());
        timers.due = date("2026-05-06T16:00:00Z");
        states.add("MOVED");
        execute(job());
        assertThat(pi).isWaitingAt(DeadlineWatch.TIMER_DUE);
        assertThat(job().getDuedate()).isEqualTo(timers.due);
        states.add("DONE");
        execute(job());
        assertThat(pi).isEnded().hasPassed(DeadlineWatch.END_DONE_IN_TIME);
    }

    @Test
    void preservationLapsesWhenTheTimerFires() {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(
                PreservationEngine.PROCESS_KEY, "preservation:5", Map.of(PreservationEngine.VAR_PRESERVATION_ID, 5L));
        assertThat(pi).isWaitingAt(PreservationEngine.RECEIVE_AWAIT_DECISION);
        assertThat(job().getDuedate()).isEqualTo(timers.due);
        execute(job());
        assertThat(pi).isEnded().hasPassed(PreservationEngine.TASK_LAPSE, PreservationEngine.END_LAPSED);
        assertThat(lapsed).containsExactly(5L);
    }

    @Test
    void preservationDecidedInTime() {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(
                PreservationEngine.PROCESS_KEY, "preservation:6", Map.of(PreservationEngine.VAR_PRESERVATION_ID, 6L));
        processEngine.getRuntimeService().createMessageCorrelation(PreservationEngine.MESSAGE_DECIDED)
                .processInstanceBusinessKey("preservation:6").correlate();
        assertThat(pi).isEnded().hasPassed(PreservationEngine.END_DECIDED).hasNotPassed(PreservationEngine.TASK_LAPSE);
        assertThat(lapsed).isEmpty();
        assertThat(processEngine.getManagementService().createJobQuery().count()).isZero();
    }
}
