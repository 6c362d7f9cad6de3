package cn.zhifa.casefile.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import java.util.TreeSet;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * Backing class of {@code bpmn/ordinary-procedure.bpmn}: the process key, element IDs, variable names and how to read
 * its user tasks (the steps themselves are in the {@code StepCatalogue}). Code and tests use these constants, never the strings.
 */
public final class OrdinaryProcedure {
    private OrdinaryProcedure() {
    }

    public static final String PROCESS_KEY = "ordinary-procedure";
    public static final String RESOURCE = "bpmn/ordinary-procedure.bpmn";

    // user tasks
    public static final String TASK_VERIFY_LEAD = "Task_VerifyLead";
    public static final String TASK_APPROVE_FILING = "Task_ApproveFiling";
    public static final String TASK_INVESTIGATE = "Task_Investigate";
    public static final String TASK_INVESTIGATION_REPORT = "Task_InvestigationReport";
    public static final String TASK_CASE_REVIEW = "Task_CaseReview";
    public static final String TASK_LEGAL_REVIEW = "Task_LegalReview";
    public static final String TASK_ADVANCE_NOTICE = "Task_AdvanceNotice";
    public static final String TASK_STATEMENT_DEFENCE = "Task_StatementDefence";
    public static final String TASK_SCHEDULE_HEARING = "Task_ScheduleHearing";
    public static final String TASK_HOLD_HEARING = "Task_HoldHearing";
    public static final String TASK_CORRECT_DOCUMENTS = "Task_CorrectDocuments";
    public static final String TASK_DELIBERATION = "Task_Deliberation";
    public static final String TASK_DECISION = "Task_Decision";
    public static final String TASK_SERVICE = "Task_Service";
    public static final String TASK_EXECUTION = "Task_Execution";
    public static final String TASK_CLOSING_APPROVAL = "Task_ClosingApproval";

    // other elements
    public static final String START_LEAD_REGISTERED = "StartEvent_LeadRegistered";
    public static final String TASK_ARCHIVE = "Task_Archive";
    public static final String END_NOT_FILED = "EndEvent_NotFiled";
    public static final String END_ARCHIVED = "EndEvent_Archived";

    // variables
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_UNIT_ID = "unitId";
    public static final String VAR_FILING_APPROVED = "filingApproved";
    public static final String VAR_REVIEW_APPROVED = "reviewApproved";
    public static final String VAR_LEGAL_REVIEW_REQUIRED = "legalReviewRequired";
    public static final String VAR_LEGAL_REVIEW_OUTCOME = "legalReviewOutcome";
    public static final String VAR_NOTICE_REQUIRED = "noticeRequired";
    public static final String VAR_HEARING_REQUESTED = "hearingRequested";
    public static final String VAR_DELIBERATION_REQUIRED = "deliberationRequired";
    public static final String VAR_TRANSFER = "transfer";
    public static final String VAR_CLOSING_APPROVED = "closingApproved";

    /** Candidate group meaning "the handlers (承办人) of this case". */
    public static final String GROUP_HANDLER = cn.zhifa.tasks.InboxService.GROUP_HANDLER;

    private static volatile Set<String> userTasks;

    /** Whether the id is a user task of the model (read once from {@link #RESOURCE}). */
    public static boolean isUserTask(String id) {
        Set<String> tasks = userTasks;
        if (tasks == null) {
            tasks = Set.copyOf(userTaskIds());
            userTasks = tasks;
        }
        return tasks.contains(id);
    }

    /** The ids of the model's user tasks, read from {@link #RESOURCE} on the classpath. */
    public static Set<String> userTaskIds() {
        try (InputStream in = OrdinaryProcedure.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not on the classpath");
            }
            return userTaskIds(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The ids of the user tasks of a BPMN model. */
    public static Set<String> userTaskIds(InputStream bpmn) {
        BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
        Set<String> ids = new TreeSet<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> ids.add(t.getId()));
        return ids;
    }

    /**
     * What is wrong with a table of back steps (退回: from a user task to an earlier one) against a BPMN model: each
     * side must be a user task, and the target must lie upstream — a path of sequence flows leads from it to the
     * task sent back. Empty: the table fits the model.
     */
    public static List<String> backStepProblems(InputStream bpmn, Map<String, List<String>> table) {
        BpmnModelInstance model = Bpmn.readModelFromStream(bpmn);
        Set<String> tasks = new TreeSet<>();
        model.getModelElementsByType(UserTask.class).forEach(t -> tasks.add(t.getId()));
        List<String> problems = new ArrayList<>();
        table.forEach((from, targets) -> {
            if (!tasks.contains(from)) {
                problems.add("back step from " + from + ": not a user task");
                return;
            }
            for (String to : targets) {
                if (!tasks.contains(to)) {
                    problems.add("back step " + from + " -> " + to + ": not a user task");
                } else if (to.equals(from) || !reaches(model, to, from)) {
                    problems.add("back step " + from + " -> " + to + ": " + to + " is not upstream of " + from);
                }
            }
        });
        return problems;
    }

    /** The back-step table checked against the model on the classpath. */
    public static List<String> backStepProblems(Map<String, List<String>> table) {
        try (InputStream in = OrdinaryProcedure.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " not on the classpath");
            }
            return backStepProblems(in, table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether sequence flows lead from the element {@code from} to the element {@code to} (read from the flows). */
    private static boolean reaches(BpmnModelInstance model, String from, String to) {
        Map<String, List<String>> next = new java.util.HashMap<>();
        model.getModelElementsByType(SequenceFlow.class).forEach(f -> next
                .computeIfAbsent(f.getSource().getId(), k -> new ArrayList<>()).add(f.getTarget().getId()));
        Deque<String> open = new ArrayDeque<>(List.of(from));
        Set<String> seen = new HashSet<>();
        while (!open.isEmpty()) {
            for (String n : next.getOrDefault(open.poll(), List.of())) {
                if (n.equals(to)) {
                    return true;
                }
                if (seen.add(n)) {
                    open.add(n);
                }
            }
        }
        return false;
    }
}
