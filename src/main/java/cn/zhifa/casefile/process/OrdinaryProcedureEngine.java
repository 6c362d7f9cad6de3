package cn.zhifa.casefile.process;

import cn.zhifa.shared.ProcessStarts;
import cn.zhifa.tasks.InboxService;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The engine port of the case-file feature: the only place it starts and advances process instances. */
@Component
public class OrdinaryProcedureEngine {

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskService tasks;

    public OrdinaryProcedureEngine(RuntimeService runtime, ProcessStarts starts, TaskService tasks) {
        this.runtime = runtime;
        this.starts = starts;
        this.tasks = tasks;
    }

    /** Starts the ordinary procedure for a registered lead; the business key is the case id. */
    public String start(long caseId, long unitId) {
        return starts.start(OrdinaryProcedure.PROCESS_KEY, String.valueOf(caseId),
                Map.of(OrdinaryProcedure.VAR_CASE_ID, caseId, OrdinaryProcedure.VAR_UNIT_ID, unitId));
    }

    /**
     * Completes a user task through a step of the pipeline: the variables its outgoing gateways read, plus the
     * transient marker {@link InboxService#VAR_STEP_COMPLETION} (not stored) telling the inbox listener that the step
     * writes the completion's record entry itself.
     */
    public void completeStep(String taskId, Map<String, Object> variables) {
        Map<String, Object> vars = new java.util.HashMap<>(variables);
        vars.put(InboxService.VAR_STEP_COMPLETION, Variables.booleanValue(true, true));
        tasks.complete(taskId, vars);
    }

    /**
     * 退回: cancels the open user task {@code fromKey} and opens the earlier user task {@code toKey} of the same
     * instance (process instance modification; the inbox listeners see the task deleted and the new one created).
     */
    public void moveBack(String processInstanceId, String taskId, String fromKey, String toKey) {
        try {
            runtime.createProcessInstanceModification(processInstanceId).cancelAllForActivity(fromKey)
                    .startBeforeActivity(toKey).execute(false, false);
        } catch (org.camunda.bpm.engine.OptimisticLockingException e) {
            throw cn.zhifa.shared.DomainException.conflict("task.goneOrDone", taskId);
        }
    }

    /**
     * 移送 (decision 0028): the receiving organ took the case, so the administrative procedure ends here, outside its
     * own end events; the instance is deleted with {@code reason} (kept in the engine's history). Task listeners run,
     * so the inbox sees the open task cancelled.
     */
    public void endTransferred(String processInstanceId, String reason) {
        runtime.deleteProcessInstance(processInstanceId, reason, false, true);
    }

    /**
     * 行刑反向衔接 (decision 0028): the case comes back from the receiving organ and resumes at the user task
     * {@code toKey}; every open activity of the instance is cancelled. Nothing happens when it is already there.
     */
    public void resumeAt(String processInstanceId, String toKey) {
        java.util.List<String> open = runtime.getActiveActivityIds(processInstanceId);
        if (open.equals(java.util.List.of(toKey))) {
            return;
        }
        var modification = runtime.createProcessInstanceModification(processInstanceId);
        for (String activity : open) {
            modification = modification.cancelAllForActivity(activity);
        }
        modification.startBeforeActivity(toKey).execute(false, false);
    }

    /**
     * 撤销并责令重新作出 (decision 0029): the case's procedure goes back to the user task {@code toKey}. A running
     * instance is moved there (every open activity cancelled); an instance that has ended (the case was archived) is
     * followed by a new instance of the same case started at {@code toKey}. Returns the id of the instance now running.
     */
    public String reopenAt(long caseId, long unitId, String processInstanceId, String toKey) {
        boolean running = processInstanceId != null
                && runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0;
        if (running) {
            resumeAt(processInstanceId, toKey);
            return processInstanceId;
        }
        return runtime.createProcessInstanceByKey(OrdinaryProcedure.PROCESS_KEY).businessKey(String.valueOf(caseId))
                .setVariables(Map.of(OrdinaryProcedure.VAR_CASE_ID, caseId, OrdinaryProcedure.VAR_UNIT_ID, unitId))
                .startBeforeActivity(toKey).execute().getId();
    }

    /** Completes a user task with the variables its outgoing gateways read. */
    public void complete(String taskId, Map<String, Object> variables) {
        tasks.complete(taskId, variables);
    }

    /**
     * Ends the case's process before its end events (撤销立案 / 终止调查 approved by a head): the engine deletes its open
     * tasks (the inbox listener drops them) and keeps {@code reason} as the instance's delete reason in its history.
     */
    public void end(String processInstanceId, String reason) {
        runtime.deleteProcessInstance(processInstanceId, reason);
    }
}
