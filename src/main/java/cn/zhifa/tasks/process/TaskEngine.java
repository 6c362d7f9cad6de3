package cn.zhifa.tasks.process;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** The inbox's engine port: assignment and due dates only. */
@Component
public class TaskEngine {
    private final TaskService tasks;
    private final Clock clock;

    public TaskEngine(TaskService tasks, Clock clock) {
        this.tasks = tasks;
        this.clock = clock;
    }

    /** The engine task's due moment is the end of the last day (24:00 local time). */
    public void setDueDate(String taskId, LocalDate due) {
        tasks.setDueDate(taskId, due == null ? null
                : Date.from(due.plusDays(1).atStartOfDay(clock.getZone()).toInstant()));
    }

    public void setAssignee(String taskId, Long userId) {
        tasks.setAssignee(taskId, userId == null ? null : String.valueOf(userId));
    }
}
