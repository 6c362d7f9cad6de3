package cn.zhifa.casefile.process;

import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.springframework.stereotype.Component;

/**
 * Backing class and engine port of {@code bpmn/case-clock.bpmn}: one clock per case whose single timer wakes it at the
 * next warning or overdue moment of any of its deadlines (dates from the calendar via {@code deadlineTimers}).
 */
@Component
public class CaseClockProcess {

    public static final String PROCESS_KEY = "case-clock";
    public static final String RESOURCE = "bpmn/case-clock.bpmn";
    public static final String START = "StartEvent_CaseRegistered";
    public static final String TIMER_NEXT = "TimerEvent_NextMoment";
    public static final String TASK_CHECK = "Task_CheckDeadlines";
    public static final String END_CLOSED = "EndEvent_CaseClosed";
    public static final String VAR_CASE_ID = "caseId";
    /** Set by the check: whether the case still has a running clock (not archived, not filed). */
    public static final String VAR_CASE_OPEN = "caseOpen";

    private final RuntimeService runtime;
    private final ProcessEngineConfigurationImpl commands;

    public CaseClockProcess(RuntimeService runtime, ProcessEngineConfigurationImpl commands) {
        this.runtime = runtime;
        this.commands = commands;
    }

    public String start(long caseId) {
        return runtime.startProcessInstanceByKey(PROCESS_KEY, "clock:" + caseId, Map.of(VAR_CASE_ID, caseId))
                .getId();
    }

    /** Whether the clock instance is still running (it ends once its case has ended). */
    public boolean running(String processInstanceId) {
        return processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
    }

    /**
     * Moves the clock's timer to {@code at} when it is waiting for another moment: found and changed in one engine
     * command, so the job read by the look-up is the one written (no second read by id, as {@code setJobDuedate}
     * makes). The engine's revision check still refuses a job changed meanwhile (a clock firing on another node).
     */
    public void rearm(String processInstanceId, Date at) {
        commands.getCommandExecutorTxRequired().execute(context -> {
            for (JobEntity job : context.getJobManager().findJobsByProcessInstanceId(processInstanceId)) {
                if (job instanceof TimerEntity && !at.equals(job.getDuedate())) {
                    job.setDuedate(at);
                }
            }
            return null;
        });
    }
}
