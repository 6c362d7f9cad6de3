package cn.zhifa.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One announced day of the official calendar.
 *
 * @param date   the day
 * @param kind   {@link DayKind#HOLIDAY} or {@link DayKind#MAKEUP_WORKDAY} (never NORMAL)
 * @param name   holiday name; make-up days carry "补班" in their name (e.g. "春节补班")
 * @param source the notice (or admin reason) the day comes from
 */
public record CalendarDay(LocalDate date, DayKind kind, String name, String source) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(source, "source");
        if (kind == DayKind.NORMAL) {
            throw new IllegalArgumentException("A NORMAL day is not an announced calendar day: " + date);
        }
    }
}
