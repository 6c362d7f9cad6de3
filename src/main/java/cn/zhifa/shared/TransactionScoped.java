package cn.zhifa.shared;

import java.util.function.Supplier;
import org.springframework.core.Ordered;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * State that belongs to one transaction, kept as one of its synchronizations: Spring suspends an outer transaction's
 * synchronizations while an inner one ({@code REQUIRES_NEW}) runs and drops them all when the transaction completes, so
 * an inner transaction never sees its outer one's state and nothing needs unbinding. Also the order of the work done
 * just before a commit ({@link TransactionSynchronization#beforeCommit}), lower first.
 */
public final class TransactionScoped {

    /** Before the commit, first: what the commit makes (a step's documents, the publication draft). */
    public static final int MAKE = Ordered.LOWEST_PRECEDENCE - 200;
    /** Then what checks the case as committed (the pre-audit reads what was made). */
    public static final int CHECK = Ordered.LOWEST_PRECEDENCE - 100;
    /** Last: the counters, whose rows are then locked for the commit only. */
    public static final int COUNT = Ordered.LOWEST_PRECEDENCE;

    private TransactionScoped() {
    }

    /** This transaction's own synchronization of {@code type}; null if none or outside a transaction. */
    public static <T extends TransactionSynchronization> T find(Class<T> type) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        for (TransactionSynchronization s : TransactionSynchronizationManager.getSynchronizations()) {
            if (type.isInstance(s)) {
                return type.cast(s);
            }
        }
        return null;
    }

    /** {@link #find}, or one made by {@code create} and registered now; null outside a transaction. */
    public static <T extends TransactionSynchronization> T current(Class<T> type, Supplier<T> create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return null;
        }
        T found = find(type);
        if (found == null) {
            found = create.get();
            TransactionSynchronizationManager.registerSynchronization(found);
        }
        return found;
    }
}
