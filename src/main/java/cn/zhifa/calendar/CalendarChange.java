package cn.zhifa.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** One entry of the append-only calendar change log: who changed which day, from what to what, and why. */
public record CalendarChange(long id, LocalDate date, DayKind oldKind, DayKind newKind, String changedBy, String reason,
                             LocalDateTime changedAt) {
}
