package cn.zhifa.casefile.process;

import cn.zhifa.casefile.CaseStage;
import cn.zhifa.casefile.StepPayload;
import java.util.Map;

/**
 * Backing class of {@code bpmn/ordinary-procedure.bpmn}: the process key, element IDs, variable names and which
 * stage and payload type belong to each user task. Code and tests use these constants, never the strings.
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

    /** Stage that an open user task puts the case in. */
    public static final Map<String, CaseStage> STAGE_OF_TASK = Map.ofEntries(
            Map.entry(TASK_VERIFY_LEAD, CaseStage.VERIFICATION),
            Map.entry(TASK_APPROVE_FILING, CaseStage.FILING_APPROVAL),
            Map.entry(TASK_INVESTIGATE, CaseStage.INVESTIGATION),
            Map.entry(TASK_INVESTIGATION_REPORT, CaseStage.INVESTIGATION_REPORT),
            Map.entry(TASK_CASE_REVIEW, CaseStage.CASE_REVIEW),
            Map.entry(TASK_LEGAL_REVIEW, CaseStage.LEGAL_REVIEW),
            Map.entry(TASK_ADVANCE_NOTICE, CaseStage.ADVANCE_NOTICE),
            Map.entry(TASK_STATEMENT_DEFENCE, CaseStage.STATEMENT),
            Map.entry(TASK_SCHEDULE_HEARING, CaseStage.HEARING),
            Map.entry(TASK_HOLD_HEARING, CaseStage.HEARING),
            Map.entry(TASK_CORRECT_DOCUMENTS, CaseStage.LEGAL_REVIEW),
            Map.entry(TASK_DELIBERATION, CaseStage.DELIBERATION),
            Map.entry(TASK_DECISION, CaseStage.DECISION),
            Map.entry(TASK_SERVICE, CaseStage.SERVICE),
            Map.entry(TASK_EXECUTION, CaseStage.EXECUTION),
            Map.entry(TASK_CLOSING_APPROVAL, CaseStage.CLOSING));

    /** The payload type that completes each user task. */
    public static final Map<String, Class<? extends StepPayload>> PAYLOAD_OF_TASK = Map.ofEntries(
            Map.entry(TASK_VERIFY_LEAD, StepPayload.VerifyLead.class),
            Map.entry(TASK_APPROVE_FILING, StepPayload.ApproveFiling.class),
            Map.entry(TASK_INVESTIGATE, StepPayload.Investigate.class),
            Map.entry(TASK_INVESTIGATION_REPORT, StepPayload.InvestigationReport.class),
            Map.entry(TASK_CASE_REVIEW, StepPayload.CaseReview.class),
            Map.entry(TASK_LEGAL_REVIEW, StepPayload.LegalReview.class),
            Map.entry(TASK_ADVANCE_NOTICE, StepPayload.AdvanceNotice.class),
            Map.entry(TASK_STATEMENT_DEFENCE, StepPayload.StatementDefence.class),
            Map.entry(TASK_SCHEDULE_HEARING, StepPayload.ScheduleHearing.class),
            Map.entry(TASK_HOLD_HEARING, StepPayload.HoldHearing.class),
            Map.entry(TASK_CORRECT_DOCUMENTS, StepPayload.CorrectDocuments.class),
            Map.entry(TASK_DELIBERATION, StepPayload.Deliberation.class),
            Map.entry(TASK_DECISION, StepPayload.Decision.class),
            Map.entry(TASK_SERVICE, StepPayload.Service.class),
            Map.entry(TASK_EXECUTION, StepPayload.Execution.class),
            Map.entry(TASK_CLOSING_APPROVAL, StepPayload.ClosingApproval.class));
}
