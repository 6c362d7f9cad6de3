package cn.zhifa.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Port to the collective-deliberation feature (集体讨论, 行政处罚法 Art. 57 ¶2): the resolution the heads reached for a
 * case, once the minutes are complete. The decision step opens only with a resolution and must match it.
 */
public interface CollectiveDeliberation {

    /** The case's latest resolution whose minutes every present participant has confirmed, if any. */
    Optional<Resolution> resolution(long caseId);

    record Resolution(long meetingId, OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String text,
            LocalDate resolvedOn) {
    }
}
