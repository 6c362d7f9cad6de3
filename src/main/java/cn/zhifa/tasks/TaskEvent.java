package cn.zhifa.tasks;

import java.util.Map;

/**
 * Something happened to an open task of a case (published synchronously, inside the transaction that did it) — for
 * the case's full-process record, which listens without the tasks feature knowing about it.
 *
 * @param actorId who did it; null: the system (engine, timers)
 * @param viaStep a completion by a procedure step, which writes its own record entry
 * @param details what the act adds to the record entry (a 转办's reason and previous assignee, a 催办's message and
 *                count); empty for the engine's own events
 */
public record TaskEvent(Kind kind, String taskId, long caseId, String taskKey, Long actorId, Long assigneeId,
        boolean viaStep, Map<String, Object> details) {

    public TaskEvent {
        details = details == null ? Map.of() : Map.copyOf(details);
    }

    /** An event not caused by a procedure step's completion. */
    public TaskEvent(Kind kind, String taskId, long caseId, String taskKey, Long actorId, Long assigneeId) {
        this(kind, taskId, caseId, taskKey, actorId, assigneeId, false, Map.of());
    }

    public TaskEvent(Kind kind, String taskId, long caseId, String taskKey, Long actorId, Long assigneeId,
            boolean viaStep) {
        this(kind, taskId, caseId, taskKey, actorId, assigneeId, viaStep, Map.of());
    }

    public enum Kind {
        /** taken from the queue */
        CLAIMED,
        /** given back to the queue */
        RETURNED,
        /** assignee changed other than by a claim or give-back (转办 by a team leader or head, or the engine) */
        REASSIGNED,
        /** 催办: a team leader, head or supervisor urged the assignee (or the queue) */
        URGED,
        COMPLETED,
        /** removed without completion (process ended or cancelled) */
        CANCELLED
    }
}
