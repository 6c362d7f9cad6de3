package cn.zhifa.calendar.internal;

import java.time.LocalDate;
import java.time.LocalDateTime;

import cn.zhifa.calendar.DayKind;

/** Row of calendar_day. */
public record CalendarDayRow(LocalDate calDate, DayKind kind, String name, String source, String updatedBy,
                             LocalDateTime updatedAt) {
}
