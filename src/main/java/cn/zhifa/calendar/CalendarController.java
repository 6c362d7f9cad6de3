package cn.zhifa.calendar;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Read-only calendar API. {@code GET /api/calendar/due?from=2025-09-26&days=7&unit=WORKING} and
 * {@code GET /api/calendar/working-day?date=2025-10-11}. Bad parameters → 400 {@code application/problem+json}
 * with a message in the request's language (zh-CN by default, en). Authentication is global (core).
 */
@RestController
@RequestMapping(path = "/api/calendar", produces = MediaType.APPLICATION_JSON_VALUE)
class CalendarController {

    static final int MAX_DAYS = 3660;

    private final WorkingDayCalendar calendar;
    private final MessageSource messages;

    CalendarController(WorkingDayCalendar calendar, MessageSource messages) {
        this.calendar = calendar;
        this.messages = messages;
    }

    /** Dates as ISO strings so the format does not depend on the ObjectMapper's settings. */
    record DueResponse(String from, int days, String unit, String due, boolean confirmed) {
    }

    record WorkingDayResponse(String date, boolean workingDay, DayKind kind, String name, boolean confirmed) {
    }

    @GetMapping("/due")
    DueResponse due(@RequestParam String from, @RequestParam String days, @RequestParam String unit) {
        LocalDate start = date("from", from);
        int amount = days(days);
        String canonicalUnit = switch (unit.strip().toUpperCase(Locale.ROOT)) {
            case "WORKING", "WORKING_DAYS" -> "WORKING";
            case "CALENDAR", "CALENDAR_DAYS" -> "CALENDAR";
            default -> throw new BadParameter("unit", "calendar.error.unit", unit);
        };
        Period period = canonicalUnit.equals("WORKING") ? Period.workingDays(amount) : Period.days(amount);
        Due due = calendar.due(start, period);
        return new DueResponse(start.toString(), amount, canonicalUnit, due.date().toString(), due.confirmed());
    }

    @GetMapping("/working-day")
    WorkingDayResponse workingDay(@RequestParam String date) {
        LocalDate day = date("date", date);
        CalendarSnapshot data = calendar.snapshot();
        return new WorkingDayResponse(day.toString(), calendar.isWorkingDay(day), data.kind(day),
                data.day(day).map(CalendarDay::name).orElse(null), data.isConfirmed(day.getYear()));
    }

    private static LocalDate date(String parameter, String value) {
        try {
            LocalDate day = LocalDate.parse(value.strip());
            if (day.getYear() < CalendarAdminService.MIN_YEAR || day.getYear() > CalendarAdminService.MAX_YEAR) {
                throw new BadParameter(parameter, "calendar.error.year", value, CalendarAdminService.MIN_YEAR,
                        CalendarAdminService.MAX_YEAR);
            }
            return day;
        } catch (DateTimeParseException e) {
            throw new BadParameter(parameter, "calendar.error.date", parameter, value);
        }
    }

    private static int days(String value) {
        try {
            int days = Integer.parseInt(value.strip());
            if (days >= 1 && days <= MAX_DAYS) {
                return days;
            }
        } catch (NumberFormatException e) {
            // fall through
        }
        throw new BadParameter("days", "calendar.error.days", value, MAX_DAYS);
    }

    @ExceptionHandler(BadParameter.class)
    ResponseEntity<ProblemDetail> badParameter(BadParameter e, Locale locale) {
        return problem(e.parameter, messages.getMessage(e.key, e.args, locale), locale);
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missing(MissingServletRequestParameterException e, Locale locale) {
        return problem(e.getParameterName(),
                messages.getMessage("calendar.error.missing", new Object[] {e.getParameterName()}, locale), locale);
    }

    private ResponseEntity<ProblemDetail> problem(String parameter, String detail, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle(messages.getMessage("calendar.error.title", null, locale));
        problem.setProperty("parameter", parameter);
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    /** A request parameter that does not parse; carries the message key and arguments. */
    static final class BadParameter extends RuntimeException {
        private final String parameter;
        private final String key;
        private final Object[] args;

        BadParameter(String parameter, String key, Object... args) {
            super(parameter + ": " + key, null, false, false);
            this.parameter = parameter;
            this.key = key;
            this.args = args;
        }
    }
}
