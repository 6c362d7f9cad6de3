package cn.zhifa.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * The end of a period.
 *
 * @param date      the last day of the period (for hour periods: the day of {@code deadline})
 * @param confirmed {@code false} when a day that had to be inspected lies in a year without official calendar data;
 *                  the date was then computed with Mon–Fri as working days and must be re-checked once the year's
 *                  State Council notice is loaded
 * @param deadline  the exact moment the period runs out: 24:00 of {@code date} (= next day 00:00) for day, month and
 *                  year periods (民法典 Art. 203); the exact hour for hour periods
 */
public record Due(LocalDate date, boolean confirmed, LocalDateTime deadline) {

    public Due {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(deadline, "deadline");
    }

    /** A day-based due date; the deadline is the end of {@code date}. */
    public Due(LocalDate date, boolean confirmed) {
        this(date, confirmed, date.plusDays(1).atStartOfDay());
    }
}
