package cn.zhifa.casefile;

import cn.zhifa.casefile.process.OrdinaryProcedure;

/**
 * The ordinary procedure's user-task keys as published API of {@code casefile}: other modules (review, evidence,
 * deliberation) name a step through these constants instead of reaching into {@code casefile.process}. The keys are
 * defined once, in the BPMN's backing class; this class only republishes them.
 */
public final class ProcedureTasks {

    public static final String INVESTIGATE = OrdinaryProcedure.TASK_INVESTIGATE;
    public static final String INVESTIGATION_REPORT = OrdinaryProcedure.TASK_INVESTIGATION_REPORT;
    public static final String CASE_REVIEW = OrdinaryProcedure.TASK_CASE_REVIEW;
    public static final String LEGAL_REVIEW = OrdinaryProcedure.TASK_LEGAL_REVIEW;
    public static final String CORRECT_DOCUMENTS = OrdinaryProcedure.TASK_CORRECT_DOCUMENTS;
    public static final String DELIBERATION = OrdinaryProcedure.TASK_DELIBERATION;
    public static final String DECISION = OrdinaryProcedure.TASK_DECISION;

    // the full list the steps (module procedure) name: task keys and the process variables the gateways read
    public static final String TASK_ADVANCE_NOTICE = OrdinaryProcedure.TASK_ADVANCE_NOTICE;
    public static final String TASK_APPROVE_FILING = OrdinaryProcedure.TASK_APPROVE_FILING;
    public static final String TASK_CASE_REVIEW = OrdinaryProcedure.TASK_CASE_REVIEW;
    public static final String TASK_CLOSING_APPROVAL = OrdinaryProcedure.TASK_CLOSING_APPROVAL;
    public static final String TASK_CORRECT_DOCUMENTS = OrdinaryProcedure.TASK_CORRECT_DOCUMENTS;
    public static final String TASK_DECISION = OrdinaryProcedure.TASK_DECISION;
    public static final String TASK_DELIBERATION = OrdinaryProcedure.TASK_DELIBERATION;
    public static final String TASK_EXECUTION = OrdinaryProcedure.TASK_EXECUTION;
    public static final String TASK_HOLD_HEARING = OrdinaryProcedure.TASK_HOLD_HEARING;
    public static final String TASK_INVESTIGATE = OrdinaryProcedure.TASK_INVESTIGATE;
    public static final String TASK_INVESTIGATION_REPORT = OrdinaryProcedure.TASK_INVESTIGATION_REPORT;
    public static final String TASK_LEGAL_REVIEW = OrdinaryProcedure.TASK_LEGAL_REVIEW;
    public static final String TASK_SCHEDULE_HEARING = OrdinaryProcedure.TASK_SCHEDULE_HEARING;
    public static final String TASK_SERVICE = OrdinaryProcedure.TASK_SERVICE;
    public static final String TASK_STATEMENT_DEFENCE = OrdinaryProcedure.TASK_STATEMENT_DEFENCE;
    public static final String TASK_VERIFY_LEAD = OrdinaryProcedure.TASK_VERIFY_LEAD;
    public static final String VAR_CLOSING_APPROVED = OrdinaryProcedure.VAR_CLOSING_APPROVED;
    public static final String VAR_DELIBERATION_REQUIRED = OrdinaryProcedure.VAR_DELIBERATION_REQUIRED;
    public static final String VAR_FILING_APPROVED = OrdinaryProcedure.VAR_FILING_APPROVED;
    public static final String VAR_HEARING_REQUESTED = OrdinaryProcedure.VAR_HEARING_REQUESTED;
    public static final String VAR_LEGAL_REVIEW_OUTCOME = OrdinaryProcedure.VAR_LEGAL_REVIEW_OUTCOME;
    public static final String VAR_LEGAL_REVIEW_REQUIRED = OrdinaryProcedure.VAR_LEGAL_REVIEW_REQUIRED;
    public static final String VAR_NOTICE_REQUIRED = OrdinaryProcedure.VAR_NOTICE_REQUIRED;
    public static final String VAR_REVIEW_APPROVED = OrdinaryProcedure.VAR_REVIEW_APPROVED;
    public static final String VAR_TRANSFER = OrdinaryProcedure.VAR_TRANSFER;

    /**
     * The summary procedure's task of a fine not collected on the spot (paid later at the bank, 行政处罚法 Art. 67):
     * the key is defined here so the case clock can give it the payment deadline's countdown; the summary BPMN uses it.
     */
    public static final String SUMMARY_PAY_LATER = "Task_PayAtBank";

    private ProcedureTasks() {
    }

    /** Whether {@code taskKey} is a user task of the ordinary procedure. */
    public static boolean isUserTask(String taskKey) {
        return OrdinaryProcedure.isUserTask(taskKey);
    }
}
