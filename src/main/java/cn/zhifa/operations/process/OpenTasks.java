package cn.zhifa.operations.process;

import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Counts open user tasks in the engine (all processes, all units): the "open tasks" gauge. */
@Component
public class OpenTasks {

    private final TaskService tasks;

    OpenTasks(TaskService tasks) {
        this.tasks = tasks;
    }

    public long count() {
        return tasks.createTaskQuery().active().count();
    }
}
