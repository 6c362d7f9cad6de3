package cn.zhifa.calendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.zhifa.calendar.DayKind;

/** Row of the append-only calendar_change log; {@code id} is null before insert. */
public record CalendarChangeRow(Long id, LocalDate calDate, DayKind oldKind, DayKind newKind, String changedBy,
                                String reason, LocalDateTime changedAt) {
}
