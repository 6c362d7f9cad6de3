package cn.zhifa.record;

import java.time.LocalDateTime;

/**
 * The result of checking a case's record and stored files.
 *
 * @param entriesChecked     entries examined (up to and including the first broken one)
 * @param firstBrokenEntry   null when the chain is intact
 * @param artifactsChecked   stored files re-hashed
 * @param firstBadArtifact   null when every file matches its recorded SHA-256
 */
public record Verification(long caseId, boolean ok, int entriesChecked, BrokenEntry firstBrokenEntry,
        int artifactsChecked, BadArtifact firstBadArtifact, LocalDateTime checkedAt) {

    public enum Problem {
        /** the entry's content no longer hashes to its stored hash (edited) */
        CONTENT_CHANGED,
        /** the entry does not carry the previous entry's hash (an entry before it was rewritten or replaced) */
        PREV_HASH_MISMATCH,
        /** the sequence has a gap: this entry is missing (deleted) */
        MISSING,
        /** the entry at this position was recorded at another position (entries swapped or moved) */
        REORDERED,
        /** the chain's head carries no seal (decision 0014) */
        SEAL_MISSING,
        /** the head's seal does not match its entry count and hash under any known key: entries or head rewritten */
        SEAL_INVALID,
        /**
         * a checkpoint written outside the database recorded more entries, or another hash for this entry:
         * the tail was cut or the chain recomputed, even if head and seal were rolled back to an older genuine pair
         */
        CHECKPOINT_MISMATCH
    }

    /** @param seq the position in the chain where it breaks; detail names the evidence (hashes, original seq) */
    public record BrokenEntry(long seq, Problem problem, String detail) {
    }

    /** @param actual the SHA-256 of the stored bytes, or "missing" when the file cannot be read */
    public record BadArtifact(String path, String expected, String actual) {
    }
}
