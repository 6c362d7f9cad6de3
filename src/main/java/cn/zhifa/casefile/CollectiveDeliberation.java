package cn.zhifa.casefile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Port to the collective-deliberation feature (集体讨论, 行政处罚法 Art. 57 ¶2): the resolution the heads reached for a
 * case, once the minutes are complete. The decision step opens only with a resolution and must match it. The heads
 * also decide whether the decision period is extended once more after the head's extension (延长办案期限, 住建部令55
 * Art. 29; decision 0030): those resolutions are read by {@link #extensionResolution(long)}.
 */
public interface CollectiveDeliberation {

    /** The case's latest decision resolution whose minutes every present participant has confirmed, if any. */
    Optional<Resolution> resolution(long caseId);

    /** The extension agenda item with this id and how it was settled, if it is one. */
    Optional<ExtensionResolution> extensionResolution(long resolutionId);

    /** The case's extension agenda items, newest meeting first. */
    List<ExtensionResolution> extensionResolutions(long caseId);

    record Resolution(long meetingId, OutcomeType outcome, BigDecimal fine, BigDecimal confiscation, String text,
            LocalDate resolvedOn) {
    }

    /**
     * An extension agenda item: adopted (a resolution, not closed without one), the meeting's minutes confirmed by every
     * present head, the days granted (0: the heads resolved not to extend) and the resolution's text.
     */
    record ExtensionResolution(long id, long meetingId, long caseId, boolean adopted, boolean confirmed, int days,
            String text, LocalDate resolvedOn) {

        /** A confirmed resolution agreeing to extend. */
        public boolean grants() {
            return adopted && confirmed && days > 0;
        }
    }
}
