package cn.zhifa.calendar;

/** Refused admin input (blank reason, year out of range, unreadable ICS…). Nothing was changed. */
public class CalendarInputException extends IllegalArgumentException {

    public CalendarInputException(String message) {
        super(message);
    }

    public CalendarInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
