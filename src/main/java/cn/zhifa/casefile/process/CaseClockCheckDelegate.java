package cn.zhifa.casefile.process;

import cn.zhifa.casefile.DeadlineAlerts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** The clock woke up: raise every warning and overdue alert whose moment has come; is the case still running? */
@Component("caseClockCheckDelegate")
class CaseClockCheckDelegate implements JavaDelegate {

    private final DeadlineAlerts alerts;

    CaseClockCheckDelegate(DeadlineAlerts alerts) {
        this.alerts = alerts;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ((Number) execution.getVariable(CaseClockProcess.VAR_CASE_ID)).longValue();
        boolean open = alerts.check(caseId, ClockUtil.getCurrentTime().toInstant());
        execution.setVariable(CaseClockProcess.VAR_CASE_OPEN, open);
    }
}
