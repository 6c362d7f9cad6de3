package cn.zhifa.summary.process;

/**
 * Backing class of {@code bpmn/summary-procedure.bpmn}: after the on-the-spot decision, hand-in and 备案, then — for a
 * fine paid later at the bank and not yet settled — the execution task.
 */
public final class SummaryProcedure {
    private SummaryProcedure() {
    }

    public static final String PROCESS_KEY = "summary-procedure";
    public static final String RESOURCE = "bpmn/summary-procedure.bpmn";

    public static final String START = "StartEvent_Decided";
    public static final String GATEWAY_COLLECTED = "Gateway_Collected";
    public static final String TASK_HAND_IN = "Task_HandInFine";
    public static final String TIMER_HAND_IN_LATE = "Timer_HandInLate";
    public static final String TASK_WARN_HAND_IN = "Task_WarnHandInLate";
    public static final String TASK_FILE_RECORD = "Task_FileRecord";
    public static final String TIMER_FILING_LATE = "Timer_FilingLate";
    public static final String TASK_WARN_FILING = "Task_WarnFilingLate";
    public static final String GATEWAY_SETTLED = "Gateway_Settled";
    /** A fine not collected on the spot, unpaid after hand-in and 备案: waits for payment, 催告, the court (0031). */
    public static final String TASK_PAY_AT_BANK = cn.zhifa.casefile.ProcedureTasks.SUMMARY_PAY_LATER;
    public static final String TASK_CLOSE = "Task_CloseCase";
    public static final String END_CLOSED = "EndEvent_Closed";
    public static final String END_HAND_IN_WARNED = "EndEvent_HandInWarned";
    public static final String END_FILING_WARNED = "EndEvent_FilingWarned";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_UNIT_ID = "unitId";
    public static final String VAR_PROCEDURE = "procedure";
    public static final String VAR_COLLECTED = "collected";
    /** Set on the warning steps: HAND_IN or FILING. */
    public static final String VAR_LATE = "late";

    public static final String PROCEDURE = "SUMMARY";
}
