package cn.zhifa.casefile;

import cn.zhifa.shared.StoredText;
import java.util.List;
import java.util.Map;

/**
 * The case's full-process record (执法全过程记录, 行政处罚法 Art. 47): every action on a case lands here, inside the
 * caller's transaction. Features outside casefile append through this interface; casefile's own services append
 * through the same mechanism.
 */
public interface CaseRecord {

    /**
     * @param action  a code with a label {@code ui.action.<code>} in the message bundles
     * @param actorId the user, or null for the system (timers, engine)
     * @param summary the stored form of a short line: a {@link StoredText} (key and arguments, rendered in the
     *                reader's language) or data as typed ({@link StoredText#typed}); may be null
     * @param details structured content of the action (ids, before/after values, hashes), may be empty
     */
    void append(long caseId, String action, Long actorId, String summary, Map<String, ?> details);

    /** {@link #append} with a text of the bundles (decision 0033). */
    default void append(long caseId, String action, Long actorId, StoredText text, Map<String, ?> details) {
        append(caseId, action, actorId, StoredText.stored(text), details);
    }

    /**
     * Several entries of one case in this order, as one append: the chain's tail is locked and moved once and the
     * entries are inserted together (a step's documents with the step's own entry).
     */
    void appendAll(long caseId, List<Entry> entries);

    /**
     * {@link #appendAll} for a case this transaction created, whose record has no head yet: the chain starts at its
     * genesis without a read for the head, and entries without a stage take {@code stage}, the one it was created in.
     */
    default void appendFirst(long caseId, CaseStage stage, List<Entry> entries) {
        appendAll(caseId, entries);
    }

    /**
     * Writes out the entries this transaction has appended to the case and not yet inserted (they are inserted
     * together just before the commit): call before reading the case's record in the same transaction.
     */
    default void settle(long caseId) {
    }

    /**
     * One entry of {@link #appendAll}; {@code stage} null: the case's stage at the append, else the stage the entry
     * happened in (e.g. a document registered before the step moved the case on).
     */
    record Entry(String action, Long actorId, String summary, Map<String, ?> details, CaseStage stage) {

        /** An entry with a text of the bundles (decision 0033). */
        public Entry(String action, Long actorId, StoredText text, Map<String, ?> details, CaseStage stage) {
            this(action, actorId, StoredText.stored(text), details, stage);
        }
    }
}
