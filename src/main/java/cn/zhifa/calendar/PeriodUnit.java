package cn.zhifa.calendar;

/** How a {@link Period} is counted. */
public enum PeriodUnit {
    /** The N-th working day after the start day (行政处罚法 Art. 85: "二日""三日""五日""七日"). */
    WORKING_DAYS,
    /** Start day + N calendar days, moved to the next working day when that day is not one. */
    CALENDAR_DAYS,
    /** Exactly N × 60 minutes from the starting moment; no calendar involved. */
    HOURS,
    /** Same day-of-month N months later (or that month's last day), then the end-day shift. */
    MONTHS,
    /** Same day N years later (29 Feb → 28 Feb), then the end-day shift. */
    YEARS
}
