package cn.zhifa.casefile;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * 查封、扣押 (行政强制法 Art. 18–19, 24–25, 27–28): a head's decision with its list ({@code items}), place, reason and
 * term in calendar days (Art. 69, decision 0024), at most one extension by a head, then release (解除) or a handling
 * decision. {@code dueDate} is the end of the term including the extension.
 */
public record Seizure(long id, long caseId, SeizureKind kind, String items, String place, String reason,
        long decidedBy, LocalDateTime decidedAt, LocalDate startDate, int termDays, LocalDate dueDate,
        boolean confirmed, Integer extensionDays, String extensionReason, Long extendedBy, LocalDateTime extendedAt,
        SeizureOutcome outcome, String outcomeReason, Long outcomeBy, LocalDateTime outcomeAt) {

    /** The items are still held: no release or handling decision yet. */
    public boolean isOpen() {
        return outcome == null;
    }

    public boolean extended() {
        return extensionDays != null;
    }
}
