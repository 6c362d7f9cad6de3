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

    private ProcedureTasks() {
    }

    /** Whether {@code taskKey} is a user task of the ordinary procedure. */
    public static boolean isUserTask(String taskKey) {
        return OrdinaryProcedure.isUserTask(taskKey);
    }
}
