package cn.zhifa.tasks.internal;

import java.util.HashMap;
import java.util.Map;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Who is completing which task in the current transaction: the inbox checks the actor before a step completes the
 * engine task (the completion itself is the claim, so the engine task may have no assignee), and the task listener
 * files the completion under that actor's 已办. Held with the transaction, gone when it ends.
 */
public final class Completers {

    private static final Object KEY = Completers.class;

    private Completers() {
    }

    @SuppressWarnings("unchecked")
    public static void set(String taskId, long userId) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        Map<String, Long> byTask = (Map<String, Long>) TransactionSynchronizationManager.getResource(KEY);
        if (byTask == null) {
            byTask = new HashMap<>();
            TransactionSynchronizationManager.bindResource(KEY, byTask);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        byTask.put(taskId, userId);
    }

    /** The actor completing the task in this transaction; null: none known (the engine or a timer). */
    @SuppressWarnings("unchecked")
    public static Long of(String taskId) {
        Map<String, Long> byTask = (Map<String, Long>) TransactionSynchronizationManager.getResource(KEY);
        return byTask == null ? null : byTask.get(taskId);
    }
}
