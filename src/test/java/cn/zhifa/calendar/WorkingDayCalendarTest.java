package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Day arithmetic against the official 2024–2026 data file (enforcement-law.md §6). */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.officialData();
    private final WorkingDayCalendar makeupNotCounted =
            new WorkingDayCalendar(OfficialCalendarData.load().snapshot(), false);

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @ParameterizedTest(name = "{0} working day: {1}")
    @CsvSource({
            "2024-01-01, false",   // 元旦
            "2024-02-04, true",    // Sun, 春节补班
            "2024-02-12, false",   // 春节
            "2024-02-18, true",    // Sun, 春节补班
            "2024-04-07, true",    // Sun, 清明补班
            "2024-05-11, true",    // Sat, 劳动节补班
            "2024-06-08, false",   // ordinary Saturday before 端午
            "2024-06-10, false",   // 端午 (Mon)
            "2024-09-14, true",    // Sat, 中秋补班
            "2024-10-07, false",   // 国庆 (Mon)
            "2024-10-12, true",    // Sat, 国庆补班
            "2025-01-01, false",
            "2025-01-26, true",    // Sun, 春节补班
            "2025-02-04, false",   // last day of 春节 (Tue)
            "2025-02-08, true",    // Sat, 春节补班
            "2025-06-02, false",   // 端午 (Mon)
            "2025-06-03, true",
            "2025-09-28, true",    // Sun, 国庆补班
            "2025-10-08, false",   // 国庆中秋 (Wed)
            "2025-10-11, true",    // Sat, 国庆补班
            "2025-12-31, true",
            "2026-01-02, false",   // 元旦 (Fri)
            "2026-01-04, true",    // Sun, 元旦补班
            "2026-02-14, true",    // Sat, 春节补班
            "2026-02-23, false",   // 春节 (Mon)
            "2026-02-24, true",
            "2026-02-28, true",    // Sat, 春节补班
            "2026-05-09, true",    // Sat, 劳动节补班
            "2026-06-19, false",   // 端午 (Fri)
            "2026-09-20, true",    // Sun, 国庆补班
            "2026-09-25, false",   // 中秋 (Fri)
            "2026-10-10, true",    // Sat, 国庆补班
            "2025-03-08, false",   // ordinary Saturday
            "2025-03-10, true",    // ordinary Monday
            "2027-01-01, true",    // no 2027 data: plain Friday
    })
    void isWorkingDay(String date, boolean expected) {
        assertThat(calendar.isWorkingDay(d(date))).isEqualTo(expected);
    }

    /** §6.4 worked examples, all of them. */
    @ParameterizedTest(name = "§6.4: {0} + {1} {2} = {3}")
    @CsvSource({
            "2025-09-26, 7,  WORKING_DAYS,  2025-10-13",  // publish decision: 28 Sep (Sun), 29, 30, 9, 10, 11 (Sat), 13 Oct
            "2025-09-20, 15, CALENDAR_DAYS, 2025-10-09",  // pay fine: 5 Oct is a holiday → Thu 9 Oct
            "2026-01-05, 90, CALENDAR_DAYS, 2026-04-07",  // decision: 5 Apr (Sun, 清明) → Tue 7 Apr
            "2026-02-12, 5,  WORKING_DAYS,  2026-02-26",  // statement window: 13, 14 (Sat), 24, 25, 26 Feb
            "2026-09-30, 3,  WORKING_DAYS,  2026-10-10",  // withdraw publication: 8, 9, 10 Oct (Sat)
    })
    void workedExamples(String from, int amount, PeriodUnit unit, String expected) {
        assertThat(calendar.due(d(from), new Period(amount, unit))).isEqualTo(new Due(d(expected), true));
    }

    @Test
    void workedExampleWithoutMakeupDaysCounted() {
        assertThat(makeupNotCounted.due(d("2025-09-26"), Period.workingDays(7))).isEqualTo(new Due(d("2025-10-15"), true));
        assertThat(makeupNotCounted.countsMakeupDays()).isFalse();
    }

    @ParameterizedTest(name = "make-up days not counted: {0} + {1} WD = {2}")
    @CsvSource({
            "2025-09-26, 7, 2025-10-15",
            "2024-02-02, 1, 2024-02-05",   // 4 Feb (Sun, 补班) skipped
            "2026-02-13, 1, 2026-02-24",   // 14 Feb (Sat, 补班) skipped
            "2026-09-30, 3, 2026-10-12",
    })
    void makeupDaysNotCounted(String from, int wd, String expected) {
        assertThat(makeupNotCounted.due(d(from), Period.workingDays(wd)).date()).isEqualTo(d(expected));
        assertThat(makeupNotCounted.isWorkingDay(d("2025-10-11"))).isFalse();
    }

    @ParameterizedTest(name = "{0} + {1} WD = {2}")
    @CsvSource({
            // 2024 春节 (10–17 Feb off, 4 and 18 Feb Sun working)
            "2024-02-02, 1, 2024-02-04",
            "2024-02-08, 1, 2024-02-09",
            "2024-02-08, 2, 2024-02-18",
            "2024-02-08, 3, 2024-02-19",
            // 2024 清明, 劳动节, 中秋, 国庆
            "2024-04-03, 1, 2024-04-07",
            "2024-04-03, 2, 2024-04-08",
            "2024-04-26, 1, 2024-04-28",
            "2024-04-26, 4, 2024-05-06",
            "2024-04-26, 9, 2024-05-11",
            "2024-09-13, 1, 2024-09-14",
            "2024-09-13, 2, 2024-09-18",
            "2024-09-27, 1, 2024-09-29",
            "2024-09-27, 3, 2024-10-08",
            "2024-09-27, 7, 2024-10-12",
            // year end 2024 → 2025
            "2024-12-31, 1, 2025-01-02",
            // 2025 春节 (28 Jan–4 Feb off, 26 Jan Sun and 8 Feb Sat working)
            "2025-01-24, 1, 2025-01-26",
            "2025-01-24, 2, 2025-01-27",
            "2025-01-24, 3, 2025-02-05",
            "2025-01-24, 6, 2025-02-08",
            // 2025 劳动节, 国庆中秋
            "2025-04-30, 5, 2025-05-12",
            "2025-09-30, 1, 2025-10-09",
            // year end 2025 → 2026 (1–3 Jan off, 4 Jan Sun working)
            "2025-12-31, 1, 2026-01-04",
            "2025-12-31, 2, 2026-01-05",
            // 2026 春节 (15–23 Feb off, 14 and 28 Feb Sat working)
            "2026-02-13, 1, 2026-02-14",
            "2026-02-13, 2, 2026-02-24",
            "2026-02-26, 2, 2026-02-28",
            // 2026 中秋 and 国庆 (20 Sep Sun working)
            "2026-09-18, 1, 2026-09-20",
            "2026-09-24, 1, 2026-09-28",
            // ordinary week
            "2025-03-07, 1, 2025-03-10",
            "2025-03-03, 5, 2025-03-10",
    })
    void workingDayPeriods(String from, int wd, String expected) {
        assertThat(calendar.due(d(from), Period.workingDays(wd))).isEqualTo(new Due(d(expected), true));
    }

    @ParameterizedTest(name = "{0} + {1} {2} = {3}")
    @CsvSource({
            "2024-09-16, 15, CALENDAR_DAYS, 2024-10-08",  // 1 Oct holiday → after 国庆
            "2024-02-03, 15, CALENDAR_DAYS, 2024-02-18",  // lands on Sun 补班: a working day, no shift
            "2025-01-13, 15, CALENDAR_DAYS, 2025-02-05",  // 28 Jan 春节 → 5 Feb
            "2025-03-07, 15, CALENDAR_DAYS, 2025-03-24",  // Sat → Mon
            "2025-12-17, 15, CALENDAR_DAYS, 2026-01-04",  // 1 Jan → 4 Jan (Sun 补班)
            "2026-09-15, 15, CALENDAR_DAYS, 2026-09-30",
            // month-end
            "2025-01-31, 1,  MONTHS, 2025-02-28",
            "2024-01-31, 1,  MONTHS, 2024-02-29",
            "2025-08-31, 1,  MONTHS, 2025-09-30",
            "2025-03-31, 6,  MONTHS, 2025-09-30",
            "2025-04-30, 6,  MONTHS, 2025-10-30",
            "2025-03-05, 7,  MONTHS, 2025-10-09",  // 5 Oct holiday → 9 Oct
            "2025-01-15, 1,  MONTHS, 2025-02-17",  // Sat 15 Feb → Mon 17 Feb
            // years
            "2024-10-01, 2,  YEARS,  2026-10-08",
            "2024-02-29, 1,  YEARS,  2025-02-28",
            "2024-02-14, 2,  YEARS,  2026-02-14",  // Sat 补班 is a working day
    })
    void calendarPeriodsWithEndDayShift(String from, int amount, PeriodUnit unit, String expected) {
        assertThat(calendar.due(d(from), new Period(amount, unit))).isEqualTo(new Due(d(expected), true));
    }

    @Test
    void endDayShiftOntoMakeupSundayOnlyWhenMakeupDaysCount() {
        assertThat(makeupNotCounted.due(d("2025-12-17"), Period.days(15)).date()).isEqualTo(d("2026-01-05"));
    }

    @Test
    void yearWithoutOfficialDataIsUnconfirmedAndUsesWeekendsOnly() {
        assertThat(calendar.due(d("2026-12-31"), Period.workingDays(1))).isEqualTo(new Due(d("2027-01-01"), false));
        assertThat(calendar.due(d("2027-03-05"), Period.workingDays(1))).isEqualTo(new Due(d("2027-03-08"), false));
        assertThat(calendar.due(d("2024-06-10"), Period.years(5))).isEqualTo(new Due(d("2029-06-11"), false));
        assertThat(calendar.due(d("2023-12-29"), Period.workingDays(1)).confirmed()).isFalse();
        assertThat(calendar.isConfirmed(2026)).isTrue();
        assertThat(calendar.isConfirmed(2027)).isFalse();
    }

    @Test
    void calendarPeriodIsConfirmedWhenOnlyTheEndDayIsInspected() {
        // days in between are not looked at for a calendar-day period; the last day (30 Dec 2026) is confirmed
        assertThat(calendar.due(d("2026-12-15"), Period.days(15))).isEqualTo(new Due(d("2026-12-30"), true));
        // 31 Dec 2026 + 1 day = Fri 1 Jan 2027: in a year without data
        assertThat(calendar.due(d("2026-12-31"), Period.days(1))).isEqualTo(new Due(d("2027-01-01"), false));
    }

    @Test
    void hourPeriodsAreExactAndIgnoreHolidays() {
        Due due = calendar.due(LocalDateTime.parse("2025-09-30T15:00"), Period.hours(24));
        assertThat(due).isEqualTo(new Due(d("2025-10-01"), true, LocalDateTime.parse("2025-10-01T15:00")));
        assertThat(calendar.due(LocalDateTime.parse("2027-12-31T23:30"), Period.hours(1)).deadline())
                .isEqualTo(LocalDateTime.parse("2028-01-01T00:30"));
    }

    @Test
    void dayPeriodFromADateTimeCountsFromItsDateAndEndsAtMidnight() {
        Due due = calendar.due(LocalDateTime.parse("2025-09-26T16:45"), Period.workingDays(7));
        assertThat(due.date()).isEqualTo(d("2025-10-13"));
        assertThat(due.deadline()).isEqualTo(LocalDateTime.parse("2025-10-14T00:00"));
    }

    @Test
    void hourPeriodNeedsATime() {
        assertThatThrownBy(() -> calendar.due(d("2025-01-01"), Period.hours(24)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("LocalDateTime");
    }

    @ParameterizedTest(name = "{0} + {1} {2}, paused {3}..{4} (and {5}..{6}) = {7}")
    @CsvSource({
            // calendar days: 3 Mar + 15 = 18 Mar; 5 paused days → 23 Mar (Sun) → Mon 24 Mar
            "2025-03-03, 15, CALENDAR_DAYS, 2025-03-10, 2025-03-14, , , 2025-03-24",
            // overlapping pauses count each day once
            "2025-03-03, 15, CALENDAR_DAYS, 2025-03-10, 2025-03-12, 2025-03-11, 2025-03-14, 2025-03-24",
            // working days: 2 paused working days move 10 Mar to 12 Mar
            "2025-03-03, 5,  WORKING_DAYS,  2025-03-05, 2025-03-06, , , 2025-03-12",
            // a pause over a weekend does not move a working-day period
            "2025-03-03, 5,  WORKING_DAYS,  2025-03-08, 2025-03-09, , , 2025-03-10",
            // a pause before the start has no effect
            "2025-03-03, 15, CALENDAR_DAYS, 2025-02-25, 2025-03-03, , , 2025-03-18",
            // decision limit with a 10-day hearing pause: 5 Apr + 10 = 15 Apr 2026
            "2026-01-05, 90, CALENDAR_DAYS, 2026-02-01, 2026-02-10, , , 2026-04-15",
            // month period: 15 Feb + 5 paused days = 20 Feb
            "2025-01-15, 1,  MONTHS,        2025-01-20, 2025-01-24, , , 2025-02-20",
            // pause covering the plain end day itself
            "2025-01-15, 1,  MONTHS,        2025-02-14, 2025-02-19, , , 2025-02-21",
    })
    void pausesExtendThePeriod(String from, int amount, PeriodUnit unit, String p1, String p2, String q1, String q2,
                               String expected) {
        List<DateRange> pauses = q1 == null
                ? List.of(DateRange.of(d(p1), d(p2)))
                : List.of(DateRange.of(d(p1), d(p2)), DateRange.of(d(q1), d(q2)));
        assertThat(calendar.due(d(from), new Period(amount, unit), pauses)).isEqualTo(new Due(d(expected), true));
    }

    @Test
    void noPausesIsThePlainPeriod() {
        assertThat(calendar.due(d("2025-09-26"), Period.workingDays(7), List.of()))
                .isEqualTo(calendar.due(d("2025-09-26"), Period.workingDays(7)));
    }

    @ParameterizedTest(name = "working days in ({0}, {1}] = {2}")
    @CsvSource({
            "2025-09-26, 2025-10-13, 7",
            "2025-10-13, 2025-09-26, -7",
            "2025-09-30, 2025-10-08, 0",
            "2026-02-12, 2026-02-26, 5",
            "2025-03-03, 2025-03-03, 0",
            "2024-01-01, 2024-12-31, 251",   // 262 weekdays − 19 weekday holidays + 8 make-up days
            "2025-01-01, 2025-12-31, 248",   // 261 − 18 + 5
            "2025-12-31, 2026-12-31, 248",   // 261 − 19 + 6
    })
    void workingDaysBetween(String a, String b, long expected) {
        assertThat(calendar.workingDaysBetween(d(a), d(b))).isEqualTo(expected);
    }

    @Test
    void snapshotSwapIsSeenByTheNextComputation() {
        WorkingDayCalendar own = WorkingDayCalendar.officialData();
        own.install(CalendarSnapshot.of(List.of(new CalendarDay(d("2025-03-10"), DayKind.HOLIDAY, "test", "test")),
                List.of(2025)));
        assertThat(own.isWorkingDay(d("2025-03-10"))).isFalse();
        assertThat(own.isWorkingDay(d("2025-10-08"))).isTrue();
        assertThat(own.due(d("2025-03-07"), Period.workingDays(1))).isEqualTo(new Due(d("2025-03-11"), true));
    }

    @Test
    void periodRejectsNonPositiveAmounts() {
        assertThatThrownBy(() -> Period.workingDays(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.of(d("2025-03-02"), d("2025-03-01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @CsvSource({"7 WORKING_DAYS, 7, WORKING_DAYS", "90 cd, 90, CALENDAR_DAYS", " 24  hours , 24, HOURS",
            "2 YEARS, 2, YEARS", "6 months, 6, MONTHS", "5 WD, 5, WORKING_DAYS"})
    void periodParses(String text, int amount, PeriodUnit unit) {
        assertThat(Period.parse(text)).isEqualTo(new Period(amount, unit));
        assertThat(Period.parse(Period.parse(text).toString())).isEqualTo(Period.parse(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"7", "seven WORKING_DAYS", "7 FORTNIGHTS", "0 WORKING_DAYS", "7 WD extra"})
    void periodRefusesBadText(String text) {
        assertThatThrownBy(() -> Period.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }
}
