package cn.zhifa.calendar;

import java.util.Arrays;

/**
 * Refused admin input (blank reason, year out of range, unreadable ICS…). Nothing was changed. Carries a message key
 * ({@code calendar.input.*}) and its arguments, so a screen says it in the user's language; the English message is
 * for the log and the REST answer.
 */
public class CalendarInputException extends IllegalArgumentException {

    private final String key;
    private final transient Object[] args;

    public CalendarInputException(String message) {
        this(null, message, null);
    }

    public CalendarInputException(String message, Throwable cause) {
        this(null, message, cause);
    }

    private CalendarInputException(String key, String message, Throwable cause, Object... args) {
        super(message, cause);
        this.key = key;
        this.args = args;
    }

    /** A refusal with its message key ({@code calendar.input.<key>}) and arguments (shown as given). */
    static CalendarInputException of(String key, String message, Object... args) {
        return new CalendarInputException("calendar.input." + key, message, null, strings(args));
    }

    /** {@link #of} with the cause (e.g. the parser's own complaint, passed on as the last argument). */
    static CalendarInputException of(String key, String message, Throwable cause, Object... args) {
        return new CalendarInputException("calendar.input." + key, message, cause, strings(args));
    }

    /** The message key, or null for a refusal without one (then {@link #getMessage()} is all there is). */
    public String key() {
        return key;
    }

    public Object[] args() {
        return args == null ? new Object[0] : args.clone();
    }

    /** Arguments as text, so a year reads 2027 and not 2,027 in a message pattern. */
    private static Object[] strings(Object[] args) {
        return Arrays.stream(args).map(String::valueOf).toArray();
    }
}
