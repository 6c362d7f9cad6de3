package cn.zhifa.summary.process;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Engine port of the summary procedure. Business key: the case id. */
@Component
public class SummaryProcedureEngine {

    private final RuntimeService runtime;
    private final TaskService tasks;

    public SummaryProcedureEngine(RuntimeService runtime, TaskService tasks) {
        this.runtime = runtime;
        this.tasks = tasks;
    }

    public String start(long caseId, long unitId, boolean collected) {
        return runtime.startProcessInstanceByKey(SummaryProcedure.PROCESS_KEY, String.valueOf(caseId),
                Map.of(SummaryProcedure.VAR_CASE_ID, caseId, SummaryProcedure.VAR_UNIT_ID, unitId,
                        SummaryProcedure.VAR_PROCEDURE, SummaryProcedure.PROCEDURE,
                        SummaryProcedure.VAR_COLLECTED, collected)).getId();
    }

    public void complete(String taskId) {
        tasks.complete(taskId);
    }
}
