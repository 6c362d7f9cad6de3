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
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of bpmn/case-clock.bpmn and bpmn/evidence-preservation.bpmn on a bare engine: timer dates come from the
 * (mocked) calendar-backed timer bean; jobs are executed — no sleeping.
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {CaseClockProcess.RESOURCE, PreservationEngine.RESOURCE})
class CaseClockProcessTest {

    ProcessEngine processEngine;

    /** Stand-in for the calendar-backed timer bean. */
    public static class Timers {
        public Deque<Date> next = new ArrayDeque<>();
        public Date lapse = date("2026-10-12T16:00:00Z");

        public Date nextCheckAt(Object caseId) {
            return next.isEmpty() ? date("2027-01-01T00:00:00Z") : next.pop();
        }

        public Date preservationLapseAt(Object id) {
            return lapse;
        }
    }

    private final Timers timers = new Timers();
    private final Deque<Boolean> open = new ArrayDeque<>();
    private final List<Object> checked = new ArrayList<>();
    private final List<Object> lapsed = new ArrayList<>();

    static Date date(String iso) {
        return Date.from(Instant.parse(iso));
    }

    @BeforeEach
    void mocks() {
        Mocks.register("deadlineTimers", timers);
        Mocks.register("caseClockCheckDelegate", (JavaDelegate) ex -> {
            checked.add(ex.getVariable(CaseClockProcess.VAR_CASE_ID));
            ex.setVariable(CaseClockProcess.VAR_CASE_OPEN, open.pop());
        });
        Mocks.register("preservationLapseDelegate", (JavaDelegate) ex -> lapsed.add(
                ex.getVariable(PreservationEngine.VAR_PRESERVATION_ID)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
    }

    @Test
    void theClockWakesAtEachMomentUntilTheCaseEnds() {
        timers.next.add(date("2026-04-01T00:30:00Z"));
        timers.next.add(date("2026-04-07T16:00:00Z"));
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(CaseClockProcess.PROCESS_KEY,
                "clock:7", Map.of(CaseClockProcess.VAR_CASE_ID, 7L));
        assertThat(pi).isWaitingAt(CaseClockProcess.TIMER_NEXT);
        assertThat(job().getDuedate()).isEqualTo(date("2026-04-01T00:30:00Z"));
        open.add(true);
        execute(job());
        assertThat(pi).isWaitingAt(CaseClockProcess.TIMER_NEXT);
        assertThat(job().getDuedate()).as("timer evaluated anew").isEqualTo(date("2026-04-07T16:00:00Z"));
        open.add(false);
        execute(job());
        assertThat(pi).isEnded().hasPassed(CaseClockProcess.END_CLOSED);
        assertThat(checked).containsExactly(7L, 7L);
    }

    @Test
    void preservationLapsesWhenTheTimerFires() {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(
                PreservationEngine.PROCESS_KEY, "preservation:5", Map.of(PreservationEngine.VAR_PRESERVATION_ID, 5L));
        assertThat(pi).isWaitingAt(PreservationEngine.RECEIVE_AWAIT_DECISION);
        assertThat(job().getDuedate()).isEqualTo(timers.lapse);
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
