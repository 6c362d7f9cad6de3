package cn.zhifa.summary.process;

import cn.zhifa.shared.ProcessStarts;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Engine port of the summary procedure. Business key: the case id. */
@Component
public class SummaryProcedureEngine {

    private final ProcessStarts starts;
    private final TaskService tasks;

    public SummaryProcedureEngine(ProcessStarts starts, TaskService tasks) {
        this.starts = starts;
        this.tasks = tasks;
    }

    public String start(long caseId, long unitId, boolean collected) {
        return starts.start(SummaryProcedure.PROCESS_KEY, String.valueOf(caseId),
                Map.of(SummaryProcedure.VAR_CASE_ID, caseId, SummaryProcedure.VAR_UNIT_ID, unitId,
                        SummaryProcedure.VAR_PROCEDURE, SummaryProcedure.PROCEDURE,
                        SummaryProcedure.VAR_COLLECTED, collected));
    }

    public void complete(String taskId) {
        tasks.complete(taskId);
    }
}
