package cn.zhifa.calendar;

/** How close a deadline is: green, yellow (within the warning window), red (overdue). */
public enum DeadlineLight { GREEN, YELLOW, RED }
