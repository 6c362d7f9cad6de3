package cn.zhifa.tasks;

/**
 * Something happened to an open task of a case (published synchronously, inside the transaction that did it) — for
 * the case's full-process record, which listens without the tasks feature knowing about it.
 *
 * @param actorId who did it; null: the system (engine, timers)
 * @param viaStep a completion by a procedure step, which writes its own record entry
 */
public record TaskEvent(Kind kind, String taskId, long caseId, String taskKey, Long actorId, Long assigneeId,
        boolean viaStep) {

    /** An event not caused by a procedure step's completion. */
    public TaskEvent(Kind kind, String taskId, long caseId, String taskKey, Long actorId, Long assigneeId) {
        this(kind, taskId, caseId, taskKey, actorId, assigneeId, false);
    }

    public enum Kind {
        /** taken from the queue */
        CLAIMED,
        /** given back to the queue */
        RETURNED,
        /** assignee changed other than by a claim or give-back */
        REASSIGNED,
        COMPLETED,
        /** removed without completion (process ended or cancelled) */
        CANCELLED
    }
}
