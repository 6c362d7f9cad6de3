package cn.zhifa.summary.process;

import cn.zhifa.summary.SummaryProcedureService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Filed for the record and collected fines handed in: the summary case is closed. */
@Component("summaryCloseDelegate")
public class SummaryCloseDelegate implements JavaDelegate {

    private final SummaryProcedureService summaries;

    public SummaryCloseDelegate(SummaryProcedureService summaries) {
        this.summaries = summaries;
    }

    @Override
    public void execute(DelegateExecution execution) {
        summaries.close(((Number) execution.getVariable(SummaryProcedure.VAR_CASE_ID)).longValue());
    }
}
