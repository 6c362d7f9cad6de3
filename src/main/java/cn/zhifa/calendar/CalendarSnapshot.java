package cn.zhifa.calendar;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Immutable view of the official calendar: the announced days and the years whose official data is loaded
 * ("confirmed"). {@link WorkingDayCalendar} swaps whole snapshots, so a computation never sees half a change.
 */
public final class CalendarSnapshot {

    private static final CalendarSnapshot EMPTY = new CalendarSnapshot(Map.of(), Set.of());

    private final Map<LocalDate, CalendarDay> days;
    private final Set<Integer> confirmedYears;

    private CalendarSnapshot(Map<LocalDate, CalendarDay> days, Set<Integer> confirmedYears) {
        this.days = days;
        this.confirmedYears = confirmedYears;
    }

    public static CalendarSnapshot empty() {
        return EMPTY;
    }

    public static CalendarSnapshot of(Collection<CalendarDay> days, Collection<Integer> confirmedYears) {
        Map<LocalDate, CalendarDay> byDate = days.stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity(), (a, b) -> {
                    throw new IllegalArgumentException("Day listed twice: " + a.date());
                }, TreeMap::new));
        return new CalendarSnapshot(Map.copyOf(byDate), Set.copyOf(confirmedYears));
    }

    /** The announced day, if any. */
    public Optional<CalendarDay> day(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** HOLIDAY, MAKEUP_WORKDAY or NORMAL (nothing announced). */
    public DayKind kind(LocalDate date) {
        CalendarDay day = days.get(date);
        return day == null ? DayKind.NORMAL : day.kind();
    }

    public boolean isConfirmed(int year) {
        return confirmedYears.contains(year);
    }

    public Set<Integer> confirmedYears() {
        return confirmedYears;
    }

    /** All announced days, in date order. */
    public java.util.List<CalendarDay> days() {
        return days.values().stream().sorted(java.util.Comparator.comparing(CalendarDay::date)).toList();
    }
}
