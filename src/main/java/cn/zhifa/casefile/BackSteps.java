package cn.zhifa.casefile;

import static cn.zhifa.casefile.ProcedureTasks.TASK_APPROVE_FILING;
import static cn.zhifa.casefile.ProcedureTasks.TASK_CASE_REVIEW;
import static cn.zhifa.casefile.ProcedureTasks.TASK_CLOSING_APPROVAL;
import static cn.zhifa.casefile.ProcedureTasks.TASK_DECISION;
import static cn.zhifa.casefile.ProcedureTasks.TASK_EXECUTION;
import static cn.zhifa.casefile.ProcedureTasks.TASK_INVESTIGATE;
import static cn.zhifa.casefile.ProcedureTasks.TASK_INVESTIGATION_REPORT;
import static cn.zhifa.casefile.ProcedureTasks.TASK_VERIFY_LEAD;

import cn.zhifa.casefile.process.OrdinaryProcedure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * 退回: which step of the ordinary procedure may send the case back to which earlier step — the one table of it,
 * checked against {@code bpmn/ordinary-procedure.bpmn} at start-up (each side a user task, the target upstream).
 * Only steps before the decision is served, and only back to a step of the same side of the party's rights: nothing
 * goes back behind a notice the party has received except to investigate again, after which the case review decides
 * whether the notice must be served anew (a heavier proposal) and the legal review runs again (decision 0026).
 * The returns the forms already carry (案件审核 and 法制审核 "补充调查", 法制审核 "纠正", 结案审批 "退回") stay as they are.
 */
public final class BackSteps {

    /** From a step to the earlier steps it may send the case back to, in the order offered. */
    public static final Map<String, List<String>> TABLE;

    static {
        Map<String, List<String>> t = new LinkedHashMap<>();
        t.put(TASK_APPROVE_FILING, List.of(TASK_VERIFY_LEAD));
        t.put(TASK_INVESTIGATION_REPORT, List.of(TASK_INVESTIGATE));
        t.put(TASK_CASE_REVIEW, List.of(TASK_INVESTIGATION_REPORT, TASK_INVESTIGATE));
        t.put(TASK_DECISION, List.of(TASK_INVESTIGATION_REPORT, TASK_INVESTIGATE));
        t.put(TASK_CLOSING_APPROVAL, List.of(TASK_EXECUTION));
        TABLE = java.util.Collections.unmodifiableMap(t);
    }

    /** Targets after which the proposal is made again: a legal review passed before must be passed again. */
    private static final Set<String> REOPEN_PROPOSAL = Set.of(TASK_INVESTIGATE, TASK_INVESTIGATION_REPORT);

    private BackSteps() {
    }

    /** The steps a task may send the case back to; empty when it may not. */
    public static List<String> targets(String fromTaskKey) {
        return TABLE.getOrDefault(fromTaskKey, List.of());
    }

    public static boolean allows(String fromTaskKey, String toTaskKey) {
        return targets(fromTaskKey).contains(toTaskKey);
    }

    static boolean reopensProposal(String toTaskKey) {
        return REOPEN_PROPOSAL.contains(toTaskKey);
    }

    /** Fails start-up when the table does not fit the model. */
    static void verify() {
        List<String> problems = OrdinaryProcedure.backStepProblems(TABLE);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Back-step table does not match " + OrdinaryProcedure.RESOURCE + ": "
                    + String.join("; ", problems));
        }
    }
}
