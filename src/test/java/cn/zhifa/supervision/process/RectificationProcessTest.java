package cn.zhifa.supervision.process;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of bpmn/rectification.bpmn on a bare engine: closed at the first re-check, or returned and closed. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = RectificationProcess.RESOURCE)
class RectificationProcessTest {

    ProcessEngine processEngine;

    private static final Date DUE = Date.from(Instant.parse("2026-04-30T16:00:00Z"));

    private ProcessInstance start() {
        return processEngine.getRuntimeService().startProcessInstanceByKey(RectificationProcess.PROCESS_KEY,
                Map.of(RectificationProcess.VAR_RECTIFICATION_ID, 5L, RectificationProcess.VAR_CANDIDATES, "11,12",
                        RectificationProcess.VAR_DUE, DUE, RectificationProcess.VAR_REVIEWER, "30"));
    }

    @Test
    void rectifiedAndClosed() {
        ProcessInstance pi = start();
        assertThat(pi).isWaitingAt(RectificationProcess.TASK_RECTIFY);
        assertThat(task(pi)).hasCandidateUser("11").hasCandidateUser("12").hasDueDate(DUE);
        complete(task(pi));
        assertThat(pi).isWaitingAt(RectificationProcess.TASK_RECHECK);
        assertThat(task(pi)).isAssignedTo("30");
        complete(task(pi), Map.of(RectificationProcess.VAR_ACCEPTED, true));
        assertThat(pi).hasPassedInOrder(RectificationProcess.START, RectificationProcess.TASK_RECTIFY,
                RectificationProcess.TASK_RECHECK, RectificationProcess.GATEWAY_PASSED,
                RectificationProcess.END_CLOSED).isEnded();
    }

    @Test
    void returnedThenClosed() {
        ProcessInstance pi = start();
        complete(task(pi));
        complete(task(pi), Map.of(RectificationProcess.VAR_ACCEPTED, false));
        assertThat(pi).isWaitingAt(RectificationProcess.TASK_RECTIFY);
        assertThat(task(pi)).hasCandidateUser("11").hasDueDate(DUE);
        complete(task(pi));
        complete(task(pi), Map.of(RectificationProcess.VAR_ACCEPTED, true));
        assertThat(pi).isEnded();
    }
}
