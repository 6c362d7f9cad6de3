package cn.zhifa.summary.process;

import cn.zhifa.summary.SummaryProcedureService;
import org.springframework.stereotype.Component;

/**
 * The gateway after hand-in and 备案 of {@code bpmn/summary-procedure.bpmn}: {@code ${summaryExecution.settled(caseId)}}
 * — the case closes at once when nothing is owed (collected on the spot, a warning, paid, terminated, ruled on by the
 * court), otherwise it waits in {@link SummaryProcedure#TASK_PAY_AT_BANK} (decision record 0031).
 */
@Component("summaryExecution")
public class SummaryExecutionGate {

    private final SummaryProcedureService summaries;

    public SummaryExecutionGate(SummaryProcedureService summaries) {
        this.summaries = summaries;
    }

    public boolean settled(Object caseId) {
        return summaries.executionSettled(((Number) caseId).longValue());
    }
}
