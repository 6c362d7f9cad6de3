package cn.zhifa.complaint.process;

/** Backing class of {@code bpmn/complaint.bpmn}. Business key: the complaint id. */
public final class ComplaintProcess {
    private ComplaintProcess() {
    }

    public static final String PROCESS_KEY = "complaint";
    public static final String RESOURCE = "bpmn/complaint.bpmn";

    public static final String TASK_ASSIGN = "Task_AssignComplaint";
    public static final String GATEWAY_TRANSFERRED = "Gateway_Transferred";
    public static final String TASK_VERIFY = "Task_VerifyComplaint";
    public static final String TIMER_VERIFY_LATE = "Timer_VerifyLate";
    public static final String TASK_WARN_VERIFY = "Task_WarnVerifyLate";
    public static final String GATEWAY_REPLY_NEEDED = "Gateway_ReplyNeeded";
    public static final String TASK_REPLY = "Task_ReplyComplainant";
    public static final String TIMER_REPLY_LATE = "Timer_ReplyLate";
    public static final String TASK_WARN_REPLY = "Task_WarnReplyLate";
    public static final String END_CLOSED = "EndEvent_Closed";
    public static final String END_VERIFY_WARNED = "EndEvent_VerifyWarned";
    public static final String END_REPLY_WARNED = "EndEvent_ReplyWarned";

    /** The complaint id (named caseId so the inbox listener files its tasks; procedure COMPLAINT tells them apart). */
    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_UNIT_ID = "unitId";
    public static final String VAR_PROCEDURE = "procedure";
    public static final String VAR_TRANSFERRED = "transferred";
    public static final String VAR_VERIFIER_ID = "verifierId";
    public static final String VAR_REPLY_REQUIRED = "replyRequired";

    public static final String PROCEDURE = "COMPLAINT";
}
