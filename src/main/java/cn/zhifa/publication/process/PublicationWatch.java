package cn.zhifa.publication.process;

/** Backing class of {@code bpmn/publication-watch.bpmn}: one watch per draft publication until it is released. */
public final class PublicationWatch {
    private PublicationWatch() {
    }

    public static final String PROCESS_KEY = "publication-watch";
    public static final String RESOURCE = "bpmn/publication-watch.bpmn";

    public static final String TIMER_WARN = "TimerEvent_PublicationWarn";
    public static final String TIMER_DUE = "TimerEvent_PublicationDue";
    public static final String TASK_CHECK_WARN = "Task_CheckBeforeWarning";
    public static final String TASK_CHECK_DUE = "Task_CheckAtDue";
    public static final String TASK_NOTIFY_WARNING = "Task_NotifyPublicationWarning";
    public static final String TASK_NOTIFY_OVERDUE = "Task_NotifyPublicationOverdue";
    public static final String END_RELEASED_BEFORE_WARNING = "EndEvent_ReleasedBeforeWarning";
    public static final String END_RELEASED_IN_TIME = "EndEvent_ReleasedInTime";
    public static final String END_OVERDUE = "EndEvent_PublicationOverdue";

    public static final String VAR_PUBLICATION_ID = "publicationId";
    /** Transient, at the start only: the publication's due date (ISO), which the first timer takes instead of a read. */
    public static final String VAR_DUE_DATE = "publicationDue";
    /** Set by the check steps: DONE (released, excluded or gone), MOVED (not yet: wait again), DUE. */
    public static final String VAR_STATE = "publicationState";

    public static final String STATE_DONE = "DONE";
    public static final String STATE_MOVED = "MOVED";
    public static final String STATE_DUE = "DUE";

    public static String businessKey(long publicationId) {
        return "publication:" + publicationId;
    }
}
