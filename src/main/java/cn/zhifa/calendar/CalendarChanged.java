package cn.zhifa.calendar;

/** Fact: the working-day calendar changed and is installed; deadlines computed from it must follow. */
public record CalendarChanged() {
}
