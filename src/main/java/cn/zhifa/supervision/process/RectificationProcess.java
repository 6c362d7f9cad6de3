package cn.zhifa.supervision.process;

/** Backing class of {@code bpmn/rectification.bpmn} (整改): key, element ids and variables. */
public final class RectificationProcess {

    private RectificationProcess() {
    }

    public static final String RESOURCE = "bpmn/rectification.bpmn";
    public static final String PROCESS_KEY = "rectification";

    public static final String START = "StartEvent_RectificationIssued";
    public static final String TASK_RECTIFY = "Task_Rectify";
    public static final String TASK_RECHECK = "Task_Recheck";
    public static final String GATEWAY_PASSED = "Gateway_RecheckPassed";
    public static final String END_CLOSED = "EndEvent_Closed";

    /** Long: the sv_rectification row. */
    public static final String VAR_RECTIFICATION_ID = "rectificationId";
    /** String: user ids who may rectify (the assignee, or the unit's team leaders and the case's handlers), comma-separated. */
    public static final String VAR_CANDIDATES = "rectifyCandidates";
    /** Date: the rectification deadline (end of its last day). */
    public static final String VAR_DUE = "rectifyDue";
    /** String: the reviewer's user id, who re-checks. */
    public static final String VAR_REVIEWER = "reviewerId";
    /** Boolean: the re-check found the rectification adequate. */
    public static final String VAR_ACCEPTED = "accepted";
}
