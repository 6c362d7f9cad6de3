package cn.zhifa.record;

import cn.zhifa.tasks.TaskEvent;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Task completions of the current transaction that still need an entry. A step of a procedure records its own entry
 * naming the task ({@code details.taskId}): that entry is the completion, so no second line is written. A completion
 * no step recorded (another feature's process, a cancelled process) gets a {@code TASK_COMPLETED} entry just before
 * the transaction commits.
 */
@Component
class PendingCompletions {

    private static final Object KEY = PendingCompletions.class;

    private final ObjectProvider<RecordWriter> writer;

    PendingCompletions(ObjectProvider<RecordWriter> writer) {
        this.writer = writer;
    }

    void completed(TaskEvent e) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            write(e);
            return;
        }
        @SuppressWarnings("unchecked")
        Map<String, TaskEvent> open = (Map<String, TaskEvent>) TransactionSynchronizationManager.getResource(KEY);
        if (open == null) {
            Map<String, TaskEvent> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public int getOrder() {
                    return Ordered.HIGHEST_PRECEDENCE; // before MyBatis flushes and closes its session
                }

                @Override
                public void beforeCommit(boolean readOnly) {
                    for (TaskEvent left : created.values()) {
                        write(left);
                    }
                    created.clear();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            open = created;
        }
        open.put(e.taskId(), e);
    }

    void recordedWithStep(String taskId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            @SuppressWarnings("unchecked")
            Map<String, TaskEvent> open = (Map<String, TaskEvent>) TransactionSynchronizationManager.getResource(KEY);
            if (open != null) {
                open.remove(taskId);
            }
        }
    }

    private void write(TaskEvent e) {
        writer.getObject().append(e.caseId(), "TASK_COMPLETED", e.actorId(), null,
                Map.of("taskId", e.taskId(), "taskKey", e.taskKey()));
    }
}
