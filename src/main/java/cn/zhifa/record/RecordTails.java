package cn.zhifa.record;

import cn.zhifa.record.internal.RecordMapper;
import cn.zhifa.record.internal.RecordRow;
import cn.zhifa.shared.TransactionScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionExecution;
import org.springframework.transaction.TransactionExecutionListener;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.stereotype.Component;

/**
 * The chains' tails a transaction has moved (decision 0014, amendment): the first append to a case in a transaction
 * locks the chain's head; later appends in the same transaction chain their entries after the tail it holds; the
 * entries are inserted together (one statement) and the head moved and sealed <em>once</em>, as the very last thing
 * before the commit — or, for the entries, when a read of the case's record asks ({@link #insertPending(long)},
 * through {@code CaseRecord.settle}) — after every before-commit
 * listener (the documents, the publication draft) has appended — by this {@link TransactionExecutionListener}, which
 * Spring Boot registers with the transaction manager and which runs just before the database commit; a failure there
 * rolls the whole transaction back. One lock, one head write and one Ed25519 signature per case per transaction
 * instead of one per append. The tails live in a synchronization of the transaction, so a transaction suspended for a
 * nested one keeps its own. Without the listener registered (checked at start), heads are written at each append.
 */
@Component
class RecordTails implements TransactionExecutionListener, SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(RecordTails.class);

    /** A case's chain tail as this transaction leaves it: seq and hash after its last entry, written or not. */
    static final class Tail {
        final long caseId;
        boolean headExists;
        long seq;
        String hash;
        String stage;
        boolean dirty;
        /** Entries chained after the head and not inserted yet: inserted together before the head is written. */
        final List<RecordRow> pending = new ArrayList<>();

        Tail(long caseId, boolean headExists, long seq, String hash, String stage) {
            this.caseId = caseId;
            this.headExists = headExists;
            this.seq = seq;
            this.hash = hash;
            this.stage = stage;
        }
    }

    /** The tails of one transaction (a synchronization, so suspended and resumed with it). */
    static final class Held implements TransactionSynchronization {
        final Map<Long, Tail> tails = new LinkedHashMap<>();
        boolean written;
    }

    private final RecordMapper mapper;
    private final RecordSeal seals;
    private final ObjectProvider<PlatformTransactionManager> transactionManager;
    private volatile boolean registered;

    RecordTails(RecordMapper mapper, RecordSeal seals, ObjectProvider<PlatformTransactionManager> transactionManager) {
        this.mapper = mapper;
        this.seals = seals;
        this.transactionManager = transactionManager;
    }

    /** Heads wait for the commit only when the transaction manager calls this listener before it commits. */
    @Override
    public void afterSingletonsInstantiated() {
        PlatformTransactionManager tm = transactionManager.getIfUnique();
        registered = tm instanceof AbstractPlatformTransactionManager a
                && a.getTransactionExecutionListeners().contains(this);
        if (!registered) {
            LOG.warn("The record's heads are written at each append: the transaction manager does not call {}",
                    getClass().getSimpleName());
        }
    }

    /** This transaction's tail of the case, or null when it has not appended to it (or cannot defer). */
    Tail current(long caseId) {
        Held held = held(false);
        return held == null ? null : held.tails.get(caseId);
    }

    /** Holds {@code tail} for this transaction; false when the head must be written now (no deferral possible). */
    boolean hold(Tail tail) {
        Held held = held(true);
        if (held == null) {
            return false;
        }
        held.tails.put(tail.caseId, tail);
        return true;
    }

    /** Moves and seals the head of {@code caseId} now if this transaction holds it unwritten (a read needs it). */
    void writeNow(long caseId) {
        Tail t = current(caseId);
        if (t != null && t.dirty) {
            write(t);
        }
    }

    /** Inserts the entries this transaction holds for {@code caseId} (a read of its record follows). */
    void insertPending(long caseId) {
        Tail t = current(caseId);
        if (t != null) {
            insertPending(t);
        }
    }

    private void insertPending(Tail t) {
        if (t.pending.size() == 1) {
            mapper.insert(t.pending.get(0));
        } else if (!t.pending.isEmpty()) {
            mapper.insertAll(t.pending);
        }
        t.pending.clear();
    }

    void write(Tail t) {
        insertPending(t);
        RecordSeal.Seal seal = seals.seal(t.caseId, t.seq, t.hash);
        if (t.headExists) {
            mapper.updateHead(t.caseId, t.seq, t.hash, seal.keyId(), seal.signature());
        } else {
            mapper.insertHead(t.caseId, t.seq, t.hash, seal.keyId(), seal.signature());
            t.headExists = true;
        }
        t.dirty = false;
    }

    @Override
    public void beforeCommit(TransactionExecution transaction) {
        Held held = held(false);
        if (held == null) {
            return;
        }
        held.written = true; // an append after this (none should come) writes its head itself
        for (Tail t : held.tails.values()) {
            if (t.dirty) {
                write(t);
            }
        }
    }

    private Held held(boolean create) {
        if (!registered || !TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            return null;
        }
        Held found = create ? TransactionScoped.current(Held.class, Held::new) : TransactionScoped.find(Held.class);
        return found == null || found.written ? null : found;
    }
}
