package cn.zhifa.tasks.internal;

import cn.zhifa.tasks.TaskRef;
import java.util.ArrayList;
import java.util.List;

/**
 * The inbox rows the engine's listener writes for one case while a step completes its task, on this thread: what a
 * read of the case's open tasks right after the completion would return when that task was the case's only open one
 * (decision 0038). A recording is exact only while nothing else changed the case's rows: any change it cannot follow
 * (a second new task, a reassignment) marks it unusable and the caller reads the database.
 */
public final class CreatedTasks {

    private static final ThreadLocal<CreatedTasks> CURRENT = new ThreadLocal<>();

    private final long caseId;
    private final List<TaskRef> refs = new ArrayList<>();
    private boolean usable = true;

    private CreatedTasks(long caseId) {
        this.caseId = caseId;
    }

    /** Records the listener's rows of {@code caseId} while {@code completion} runs on this thread; returns them. */
    public static CreatedTasks during(long caseId, Runnable completion) {
        CreatedTasks outer = CURRENT.get();
        CreatedTasks recording = new CreatedTasks(caseId);
        CURRENT.set(recording);
        try {
            completion.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
        return recording;
    }

    /** The case's new open tasks, or null when the recording cannot stand for a read (more than one, or changed). */
    public List<TaskRef> openRefs() {
        return usable && refs.size() <= 1 ? List.copyOf(refs) : null;
    }

    /** The listener wrote an inbox row. */
    public static void created(TaskRef ref) {
        CreatedTasks r = CURRENT.get();
        if (r != null && r.caseId == ref.caseId()) {
            r.refs.add(ref);
        }
    }

    /** The listener removed a row of the case (completed or cancelled): a recorded one leaves the list. */
    public static void removed(long caseId, String taskId) {
        CreatedTasks r = CURRENT.get();
        if (r != null && r.caseId == caseId) {
            r.refs.removeIf(t -> t.taskId().equals(taskId));
        }
    }

    /** Any other change to an inbox row during the recording: the recording no longer stands for a read. */
    public static void changed() {
        CreatedTasks r = CURRENT.get();
        if (r != null) {
            r.usable = false;
        }
    }
}
