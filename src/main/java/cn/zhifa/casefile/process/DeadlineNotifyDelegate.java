package cn.zhifa.casefile.process;

import cn.zhifa.casefile.DeadlineAlerts;
import cn.zhifa.casefile.DeadlineKind;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Raises the yellow warning or the red overdue alert to the people responsible. */
@Component("deadlineNotifyDelegate")
class DeadlineNotifyDelegate implements JavaDelegate {

    private final DeadlineAlerts alerts;

    DeadlineNotifyDelegate(DeadlineAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(DeadlineWatch.VAR_CASE_ID)).longValue();
        DeadlineKind kind = DeadlineKind.valueOf((String) execution.getVariable(DeadlineWatch.VAR_KIND));
        boolean overdue = DeadlineWatch.TASK_NOTIFY_OVERDUE.equals(execution.getCurrentActivityId());
        alerts.raise(caseId, kind, overdue);
    }
}
