package cn.zhifa.casefile;

import java.util.Optional;

/**
 * Port to the hearing record (听证, implemented by the review feature): who presides over the case's scheduled
 * hearing, and his replacement after a granted recusal (行政处罚法 Art. 43, 64 (4); decision record 0025).
 */
public interface HearingPresider {

    /** The presiding officer of the case's scheduled hearing (not yet held), if any. */
    Optional<Long> scheduledPresider(long caseId);

    /** Replaces the presiding officer of the case's scheduled hearing. */
    void replacePresider(long caseId, long successorId);
}
