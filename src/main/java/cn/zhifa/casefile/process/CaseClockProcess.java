package cn.zhifa.casefile.process;

import cn.zhifa.shared.ProcessStarts;
import java.util.Date;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
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
    /** Transient, at the start only: the first moment the clock wakes, computed with the case's first deadlines. */
    public static final String VAR_FIRST_CHECK = "firstCheckAt";

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final ProcessEngineConfigurationImpl commands;

    public CaseClockProcess(RuntimeService runtime, ProcessStarts starts, ProcessEngineConfigurationImpl commands) {
        this.runtime = runtime;
        this.starts = starts;
        this.commands = commands;
    }

    /**
     * Starts the case's clock with its timer at {@code firstCheck}, the next moment of the deadlines just computed:
     * a transient variable of the start (not stored), which the timer's expression takes instead of reading them back;
     * null: the timer reads the stored deadlines.
     */
    public String start(long caseId, Date firstCheck) {
        VariableMap vars = Variables.createVariables().putValue(VAR_CASE_ID, caseId);
        if (firstCheck != null) {
            vars.putValueTyped(VAR_FIRST_CHECK, Variables.dateValue(firstCheck, true));
        }
        return starts.start(PROCESS_KEY, "clock:" + caseId, vars);
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
