package cn.zhifa.calendar;

/** What the official calendar says about one day. */
public enum DayKind {
    /** Announced day off (放假), including weekend days inside a holiday block. */
    HOLIDAY,
    /** Announced weekend working day (调休上班 / 补班). */
    MAKEUP_WORKDAY,
    /** Nothing announced: Monday–Friday working, Saturday/Sunday rest. Never stored in calendar_day. */
    NORMAL
}
