package cn.zhifa.casefile;

import cn.zhifa.calendar.DeadlineLight;
import java.time.LocalDate;

/**
 * One deadline of a case: from {@code start} (not counted) to {@code due} (the last day). {@code confirmed} is false
 * when the due date lies in a year without official calendar data. {@code open} while the step it governs is not
 * done; {@code light} and {@code workingDaysLeft} are as of today.
 */
public record CaseDeadline(DeadlineKind kind, LocalDate start, LocalDate due, boolean confirmed, boolean open,
        DeadlineLight light, long workingDaysLeft) {
}
