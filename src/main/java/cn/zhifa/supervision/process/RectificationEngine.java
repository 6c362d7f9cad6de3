package cn.zhifa.supervision.process;

import cn.zhifa.shared.ProcessStarts;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/** Engine port of the rectification process: start, the open task, complete. */
@Component
public class RectificationEngine {

    private final RuntimeService runtime;
    private final ProcessStarts starts;
    private final TaskService tasks;

    public RectificationEngine(RuntimeService runtime, ProcessStarts starts, TaskService tasks) {
        this.runtime = runtime;
        this.starts = starts;
        this.tasks = tasks;
    }

    public String start(long rectificationId, List<Long> candidates, Date due, long reviewerId) {
        return starts.start(RectificationProcess.PROCESS_KEY, "rect-" + rectificationId,
                Map.of(RectificationProcess.VAR_RECTIFICATION_ID, rectificationId,
                        RectificationProcess.VAR_CANDIDATES, String.join(",",
                                candidates.stream().map(String::valueOf).toList()),
                        RectificationProcess.VAR_DUE, due,
                        RectificationProcess.VAR_REVIEWER, String.valueOf(reviewerId)));
    }

    /** The open task of the instance, if any: [task id, task key]. */
    public String[] openTask(String processInstanceId) {
        Task t = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
        return t == null ? null : new String[] {t.getId(), t.getTaskDefinitionKey()};
    }

    /** The user ids the open rectify task may be done by. */
    public List<Long> candidates(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(l -> IdentityLinkType.CANDIDATE.equals(l.getType()) && l.getUserId() != null)
                .map(IdentityLink::getUserId).map(Long::valueOf).toList();
    }

    public void completeRectify(String taskId, long userId) {
        tasks.setAssignee(taskId, String.valueOf(userId));
        tasks.complete(taskId);
    }

    public void completeRecheck(String taskId, boolean accepted) {
        tasks.complete(taskId, Map.of(RectificationProcess.VAR_ACCEPTED, accepted));
    }

    public boolean ended(String processInstanceId) {
        return runtime.createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult() == null;
    }
}
