package cn.zhifa.complaint.process;

import cn.zhifa.shared.ProcessStarts;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;

/** Engine port of the complaint process. */
@Component
public class ComplaintEngine {

    private final ProcessStarts starts;
    private final TaskService tasks;

    public ComplaintEngine(ProcessStarts starts, TaskService tasks) {
        this.starts = starts;
        this.tasks = tasks;
    }

    public String start(long complaintId, long unitId, boolean replyRequired) {
        return starts.start(ComplaintProcess.PROCESS_KEY, String.valueOf(complaintId),
                Map.of(ComplaintProcess.VAR_CASE_ID, complaintId, ComplaintProcess.VAR_UNIT_ID, unitId,
                        ComplaintProcess.VAR_PROCEDURE, ComplaintProcess.PROCEDURE,
                        ComplaintProcess.VAR_REPLY_REQUIRED, replyRequired));
    }

    /** Completes the assignment: to an officer of the unit, or transferred to another unit (assigned again there). */
    public void completeAssign(String taskId, Long verifierId, Long newUnitId) {
        Map<String, Object> vars = new HashMap<>();
        vars.put(ComplaintProcess.VAR_TRANSFERRED, newUnitId != null);
        if (newUnitId != null) {
            vars.put(ComplaintProcess.VAR_UNIT_ID, newUnitId);
        } else {
            vars.put(ComplaintProcess.VAR_VERIFIER_ID, String.valueOf(verifierId));
        }
        tasks.complete(taskId, vars);
    }

    public void complete(String taskId) {
        tasks.complete(taskId);
    }
}
