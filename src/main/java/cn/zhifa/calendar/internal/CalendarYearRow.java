package cn.zhifa.calendar.internal;

/** Row of calendar_year. */
public record CalendarYearRow(int calYear, boolean confirmed, String source) {
}
