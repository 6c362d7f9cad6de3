package cn.zhifa.calendar;

import java.time.LocalDate;
import java.util.Objects;

/** A closed range of days, both ends included (a pause, a suspension). */
public record DateRange(LocalDate first, LocalDate last) {

    public DateRange {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("Date range ends (" + last + ") before it starts (" + first + ")");
        }
    }

    public static DateRange of(LocalDate first, LocalDate last) {
        return new DateRange(first, last);
    }

    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }
}
