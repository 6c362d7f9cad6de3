package cn.zhifa.calendar.ui;

import cn.zhifa.calendar.CalendarSnapshot;
import cn.zhifa.calendar.DayKind;
import java.time.DayOfWeek;
import java.time.LocalDate;

/** How the year view shows one day: an announced holiday, an announced make-up working day, a weekend or a workday. */
enum DayCell {
    HOLIDAY, MAKEUP_WORKDAY, WEEKEND, WORKDAY;

    /** The theme class of the cell, e.g. {@code zhifa-day-holiday}. */
    String cssClass() {
        return "zhifa-day-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Announcements win over the day of the week; unannounced Saturdays and Sundays are weekends. */
    static DayCell of(LocalDate date, CalendarSnapshot calendar) {
        DayKind kind = calendar.kind(date);
        if (kind == DayKind.HOLIDAY) {
            return HOLIDAY;
        }
        if (kind == DayKind.MAKEUP_WORKDAY) {
            return MAKEUP_WORKDAY;
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY ? WEEKEND : WORKDAY;
    }
}
