package cn.zhifa.casefile.process;

/** Backing class of {@code bpmn/deadline-watch.bpmn}: one watch per deadline that opens on a case. */
public final class DeadlineWatch {
    private DeadlineWatch() {
    }

    public static final String PROCESS_KEY = "deadline-watch";
    public static final String RESOURCE = "bpmn/deadline-watch.bpmn";

    public static final String TIMER_WARN = "TimerEvent_Warn";
    public static final String TIMER_DUE = "TimerEvent_Due";
    public static final String TASK_CHECK_WARN = "Task_CheckWarn";
    public static final String TASK_CHECK_DUE = "Task_CheckDue";
    public static final String TASK_NOTIFY_WARNING = "Task_NotifyWarning";
    public static final String TASK_NOTIFY_OVERDUE = "Task_NotifyOverdue";
    public static final String END_DONE_BEFORE_WARNING = "EndEvent_DoneBeforeWarning";
    public static final String END_DONE_IN_TIME = "EndEvent_DoneInTime";
    public static final String END_OVERDUE = "EndEvent_Overdue";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_KIND = "deadlineKind";
    /** Set by the check steps: DONE (deadline closed), MOVED (due date changed: wait again), DUE (time is up). */
    public static final String VAR_STATE = "deadlineState";
    public static final String VAR_PHASE = "deadlinePhase";

    public static final String STATE_DONE = "DONE";
    public static final String STATE_MOVED = "MOVED";
    public static final String STATE_DUE = "DUE";
}
