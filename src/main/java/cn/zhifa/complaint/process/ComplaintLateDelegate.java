package cn.zhifa.complaint.process;

import cn.zhifa.complaint.ComplaintService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Verification or reply is late: warn the verifier and the unit's team leaders. */
@Component("complaintLateDelegate")
public class ComplaintLateDelegate implements JavaDelegate {

    private final ComplaintService complaints;

    public ComplaintLateDelegate(ComplaintService complaints) {
        this.complaints = complaints;
    }

    @Override
    public void execute(DelegateExecution execution) {
        complaints.warnLate(((Number) execution.getVariable(ComplaintProcess.VAR_CASE_ID)).longValue(),
                ComplaintProcess.TASK_WARN_REPLY.equals(execution.getCurrentActivityId()));
    }
}
