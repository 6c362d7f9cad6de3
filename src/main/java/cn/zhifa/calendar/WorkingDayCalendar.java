package cn.zhifa.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The one calendar all statutory periods go through (enforcement-law.md §6.3).
 *
 * <ul>
 *   <li>Working day = announced make-up working day, or Monday–Friday and not an announced holiday. Whether make-up
 *       days count is the setting {@code zhifa.calendar.count-makeup-days} (default {@code true}); when off they are
 *       treated like any other weekend day.</li>
 *   <li>The start day is never counted.</li>
 *   <li>Working-day periods end on the N-th working day after the start.</li>
 *   <li>Calendar-day, month and year periods end on start + N (months: same day-of-month or the month's last day);
 *       if that day is not a working day the period ends on the next working day (end-day shift,
 *       民事诉讼法 Art. 85, 住建部令55 Art. 45).</li>
 *   <li>Hour periods are exact (N × 60 minutes), no shift.</li>
 *   <li>Years without official data are counted with Mon–Fri working days (plus any day an administrator set by hand)
 *       and the result is flagged {@link Due#confirmed() unconfirmed}.</li>
 * </ul>
 * Computations read one immutable {@link CalendarSnapshot}; no database access per call. The snapshot starts as the
 * official data file shipped with the application and is replaced from the database at startup and after every
 * admin change (see {@link CalendarAdminService}).
 */
@Service("workingDayCalendar")
public class WorkingDayCalendar {

    /** Guard against runaway loops (e.g. a pause list covering centuries). */
    private static final int MAX_DAYS_INSPECTED = 200_000;

    private final boolean countMakeupDays;
    private final AtomicReference<CalendarSnapshot> snapshot;

    @Autowired
    public WorkingDayCalendar(@Value("${zhifa.calendar.count-makeup-days:true}") boolean countMakeupDays) {
        this(OfficialCalendarData.load().snapshot(), countMakeupDays);
    }

    public WorkingDayCalendar(CalendarSnapshot initial, boolean countMakeupDays) {
        this.snapshot = new AtomicReference<>(Objects.requireNonNull(initial, "initial"));
        this.countMakeupDays = countMakeupDays;
    }

    /** The official data file alone, make-up days counted: for tests and tools without a database. */
    public static WorkingDayCalendar officialData() {
        return new WorkingDayCalendar(true);
    }

    /** Replaces the data every later computation uses (atomic swap). */
    void install(CalendarSnapshot next) {
        snapshot.set(Objects.requireNonNull(next, "next"));
    }

    public CalendarSnapshot snapshot() {
        return snapshot.get();
    }

    public boolean countsMakeupDays() {
        return countMakeupDays;
    }

    /** Whether the official data for {@code year} is loaded. */
    public boolean isConfirmed(int year) {
        return snapshot.get().isConfirmed(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return isWorkingDay(snapshot.get(), date);
    }

    private boolean isWorkingDay(CalendarSnapshot data, LocalDate date) {
        return switch (data.kind(date)) {
            case HOLIDAY -> false;
            case MAKEUP_WORKDAY -> countMakeupDays || isWeekday(date);
            case NORMAL -> isWeekday(date);
        };
    }

    private static boolean isWeekday(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The end of {@code period} started on {@code from} (start day not counted).
     *
     * @throws IllegalArgumentException for an {@link PeriodUnit#HOURS hour} period (use {@link #due(LocalDateTime, Period)})
     */
    public Due due(LocalDate from, Period period) {
        return due(from, period, List.of());
    }

    /**
     * The end of {@code period} started at {@code from}. Hour periods are exact; all other units count from
     * {@code from}'s date like {@link #due(LocalDate, Period)}.
     */
    public Due due(LocalDateTime from, Period period) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(period, "period");
        if (period.unit() == PeriodUnit.HOURS) {
            LocalDateTime end = from.plusHours(period.amount());
            return new Due(end.toLocalDate(), true, end);
        }
        return due(from.toLocalDate(), period);
    }

    /**
     * Like {@link #due(LocalDate, Period)}, with the clock stopped on paused days: a paused day does not count towards a
     * calendar-day, month or year period (the end moves later by the number of paused days inside the period), and a
     * paused working day does not count towards a working-day period. Paused days on or before {@code from} have no
     * effect. Overlapping pauses count each day once.
     */
    public Due due(LocalDate from, Period period, List<DateRange> pauses) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(pauses, "pauses");
        Counter counter = new Counter(snapshot.get());
        List<DateRange> stops = List.copyOf(pauses);
        int n = period.amount();
        LocalDate day = from;
        switch (period.unit()) {
            case WORKING_DAYS -> {
                int counted = 0;
                while (counted < n) {
                    day = counter.next(day);
                    if (!paused(stops, day) && counter.working(day)) {
                        counted++;
                    }
                }
                return new Due(day, counter.confirmed);
            }
            case CALENDAR_DAYS -> {
                int counted = 0;
                while (counted < n) {
                    day = counter.next(day);
                    if (!paused(stops, day)) {
                        counted++;
                    }
                }
            }
            case MONTHS, YEARS -> {
                LocalDate plain = period.unit() == PeriodUnit.MONTHS ? from.plusMonths(n) : from.plusYears(n);
                day = plain;
                while (true) { // smallest end such that end = plain + paused days in (from, end]
                    LocalDate next = plain.plusDays(pausedDays(stops, from, day));
                    if (next.equals(day)) {
                        break;
                    }
                    day = next;
                }
            }
            case HOURS -> throw new IllegalArgumentException(
                    "An hour period needs a starting time: use due(LocalDateTime, Period) for " + period);
        }
        while (!counter.working(day)) { // end-day shift
            day = counter.next(day);
        }
        return new Due(day, counter.confirmed);
    }

    /**
     * Working days in the half-open interval (a, b]: the start day is not counted, the end day is. So
     * {@code workingDaysBetween(a, due(a, workingDays(n)).date()) == n}. Negative when {@code b} is before {@code a}.
     */
    public long workingDaysBetween(LocalDate a, LocalDate b) {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        if (b.isBefore(a)) {
            return -workingDaysBetween(b, a);
        }
        CalendarSnapshot data = snapshot.get();
        long count = 0;
        for (LocalDate d = a.plusDays(1); !d.isAfter(b); d = d.plusDays(1)) {
            if (isWorkingDay(data, d)) {
                count++;
            }
        }
        return count;
    }

    private static boolean paused(List<DateRange> pauses, LocalDate day) {
        for (DateRange pause : pauses) {
            if (pause.contains(day)) {
                return true;
            }
        }
        return false;
    }

    /** Number of distinct paused days in (from, to]. */
    private static long pausedDays(List<DateRange> pauses, LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
            if (paused(pauses, d)) {
                count++;
            }
        }
        return count;
    }

    /** One computation: remembers whether every inspected day lay in a confirmed year. */
    private final class Counter {
        private final CalendarSnapshot data;
        private boolean confirmed = true;
        private int inspected;

        Counter(CalendarSnapshot data) {
            this.data = data;
        }

        LocalDate next(LocalDate day) {
            if (++inspected > MAX_DAYS_INSPECTED) {
                throw new IllegalArgumentException("Period runs beyond " + MAX_DAYS_INSPECTED + " days; check the pauses");
            }
            return day.plusDays(1);
        }

        boolean working(LocalDate day) {
            if (!data.isConfirmed(day.getYear())) {
                confirmed = false;
            }
            return isWorkingDay(data, day);
        }
    }
}
