package cn.zhifa.publication.process;

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

/** Every path of bpmn/publication-watch.bpmn on a bare engine with mocked timer dates and checks. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = PublicationWatch.RESOURCE)
class PublicationWatchProcessTest {

    ProcessEngine processEngine;

    /** Stand-in for the calendar-backed timer bean. */
    public static class Timers {
        public Date warn = Date.from(Instant.parse("2026-03-09T00:30:00Z"));
        public Date due = Date.from(Instant.parse("2026-03-11T16:00:00Z"));

        public Date warnAt(Object id) {
            return warn;
        }

        public Date overdueAt(Object id) {
            return due;
        }
    }

    private final Timers timers = new Timers();
    private final Deque<String> states = new ArrayDeque<>();
    private final List<String> notified = new ArrayList<>();

    @BeforeEach
    void mocks() {
        Mocks.register("publicationTimers", timers);
        Mocks.register("publicationCheckDelegate", (JavaDelegate) ex -> ex.setVariable(PublicationWatch.VAR_STATE,
                states.pop()));
        Mocks.register("publicationNotifyDelegate", (JavaDelegate) ex -> notified.add(ex.getCurrentActivityId()));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance start() {
        ProcessInstance pi = processEngine.getRuntimeService().startProcessInstanceByKey(PublicationWatch.PROCESS_KEY,
                PublicationWatch.businessKey(3), Map.of(PublicationWatch.VAR_PUBLICATION_ID, 3L));
        assertThat(pi).isWaitingAt(PublicationWatch.TIMER_WARN);
        assertThat(job().getDuedate()).isEqualTo(timers.warn);
        return pi;
    }

    @Test
    void warnsThenAlertsOverdue() {
        ProcessInstance pi = start();
        states.add(PublicationWatch.STATE_DUE);
        states.add(PublicationWatch.STATE_DUE);
        execute(job());
        assertThat(pi).isWaitingAt(PublicationWatch.TIMER_DUE);
        assertThat(job().getDuedate()).isEqualTo(timers.due);
        execute(job());
        assertThat(pi).isEnded().hasPassed(PublicationWatch.END_OVERDUE);
        assertThat(notified).containsExactly(PublicationWatch.TASK_NOTIFY_WARNING,
                PublicationWatch.TASK_NOTIFY_OVERDUE);
    }

    @Test
    void releasedBeforeTheWarning() {
        ProcessInstance pi = start();
        states.add(PublicationWatch.STATE_DONE);
        execute(job());
        assertThat(pi).isEnded().hasPassed(PublicationWatch.END_RELEASED_BEFORE_WARNING);
        assertThat(notified).isEmpty();
    }

    @Test
    void releasedAfterTheWarningInTime() {
        ProcessInstance pi = start();
        states.add(PublicationWatch.STATE_DUE);
        states.add(PublicationWatch.STATE_DONE);
        execute(job());
        execute(job());
        assertThat(pi).isEnded().hasPassed(PublicationWatch.END_RELEASED_IN_TIME);
        assertThat(notified).containsExactly(PublicationWatch.TASK_NOTIFY_WARNING);
    }

    @Test
    void notYetWaitsAgain() {
        ProcessInstance pi = start();
        states.add(PublicationWatch.STATE_MOVED);
        execute(job());
        assertThat(pi).isWaitingAt(PublicationWatch.TIMER_WARN);
        states.add(PublicationWatch.STATE_DUE);
        execute(job());
        states.add(PublicationWatch.STATE_MOVED);
        execute(job());
        assertThat(pi).isWaitingAt(PublicationWatch.TIMER_DUE);
        states.add(PublicationWatch.STATE_DONE);
        execute(job());
        assertThat(pi).isEnded().hasPassed(PublicationWatch.END_RELEASED_IN_TIME);
    }
}
