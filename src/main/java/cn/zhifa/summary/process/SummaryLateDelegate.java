package cn.zhifa.summary.process;

import cn.zhifa.summary.SummaryProcedureService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** A summary case's hand-in or 备案 is late: warn the handlers and heads. */
@Component("summaryLateDelegate")
public class SummaryLateDelegate implements JavaDelegate {

    private final SummaryProcedureService summaries;

    public SummaryLateDelegate(SummaryProcedureService summaries) {
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean filing = SummaryProcedure.TASK_WARN_FILING.equals(execution.getCurrentActivityId());
        summaries.warnLate(((Number) execution.getVariable(SummaryProcedure.VAR_CASE_ID)).longValue(), filing);
    }
}
