package cn.zhifa.tasks.process;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The inbox's engine port: assignment only (due dates live in the read model). */
@Component
public class TaskEngine {
    private final TaskService tasks;

    public TaskEngine(TaskService tasks) {
        this.tasks = tasks;
    }

    public void setAssignee(String taskId, Long userId) {
        tasks.setAssignee(taskId, userId == null ? null : String.valueOf(userId));
    }
}
