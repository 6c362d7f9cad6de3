package cn.zhifa.calendar;

import static cn.zhifa.calendar.IcsFixtures.allDay;
import static cn.zhifa.calendar.IcsFixtures.calendar;
import static cn.zhifa.calendar.IcsFixtures.stream;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingConsumer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.JdbcTemplate;

import cn.zhifa.calendar.internal.CalendarDayRow;

/** Admin operations on H2 (MySQL mode) with the real migrations, mapper XML and transactions. */
class CalendarAdminServiceTest {

    /** Seeded once for the tests that change nothing (refusals, queries); the others get their own database. */
    private static CalendarTestContext shared;

    private CalendarTestContext ctx;
    private CalendarAdminService admin;
    private WorkingDayCalendar calendar;

    @BeforeAll
    static void startShared() {
        shared = CalendarTestContext.seeded();
    }

    @AfterAll
    static void stopShared() {
        shared.close();
    }

    @BeforeEach
    void useShared() {
        use(shared);
    }

    /** For a test that changes data. */
    private void fresh() {
        use(CalendarTestContext.seeded());
    }

    private void use(CalendarTestContext context) {
        ctx = context;
        admin = ctx.admin();
        calendar = ctx.calendar();
    }

    @AfterEach
    void stop() {
        if (ctx != shared) {
            ctx.close();
        }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private int count(String table) {
        return new JdbcTemplate(ctx.dataSource()).queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    @Test
    void startupSeedsTheOfficialDataOnce() {
        fresh();
        assertThat(count("calendar_year")).isEqualTo(3);
        assertThat(count("calendar_day")).isEqualTo(OfficialCalendarData.load().days().size()).isEqualTo(108);
        assertThat(count("calendar_change")).isEqualTo(108);
        CalendarDayRow row = ctx.mapper().findDay(d("2025-10-11"));
        assertThat(row).isEqualTo(new CalendarDayRow(d("2025-10-11"), DayKind.MAKEUP_WORKDAY, "国庆节、中秋节补班",
                "国务院办公厅关于2025年部分节假日安排的通知（国办发明电〔2024〕12号，2024-11-12）", "system",
                LocalDateTime.parse("2025-11-05T10:00:00")));
        assertThat(ctx.mapper().findYear(2026).source()).contains("2026年部分节假日安排");

        assertThat(admin.seedOfficialData()).isEmpty();
        assertThat(count("calendar_day")).isEqualTo(108);
        assertThat(count("calendar_change")).isEqualTo(108);
    }

    @Test
    void seedingLeavesAYearAnAdministratorChangedAlone() {
        fresh();
        admin.setDay(d("2025-10-11"), DayKind.NORMAL, "admin", "test: correction");
        assertThat(admin.seedOfficialData()).isEmpty();
        assertThat(ctx.mapper().findDay(d("2025-10-11"))).isNull();
    }

    @Test
    void setDayIsLoggedAndSeenByTheCalendarAfterCommit() {
        fresh();
        assertThat(calendar.isWorkingDay(d("2025-03-10"))).isTrue();
        assertThat(admin.setDay(d("2025-03-10"), DayKind.HOLIDAY, "王科长", "区政府临时放假通知")).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-03-10"))).isFalse();
        assertThat(calendar.due(d("2025-03-07"), Period.workingDays(1)).date()).isEqualTo(d("2025-03-11"));

        assertThat(admin.setDay(d("2025-03-10"), DayKind.HOLIDAY, "王科长", "again")).isFalse(); // no change, no log
        assertThat(admin.setDay(d("2025-03-10"), DayKind.NORMAL, "李主任", "通知撤回")).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-03-10"))).isTrue();

        List<CalendarChange> log = admin.changes(2025).stream().filter(c -> c.date().equals(d("2025-03-10"))).toList();
        assertThat(log).extracting(CalendarChange::oldKind, CalendarChange::newKind, CalendarChange::changedBy,
                        CalendarChange::reason)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(DayKind.NORMAL, DayKind.HOLIDAY, "王科长", "区政府临时放假通知"),
                        org.assertj.core.groups.Tuple.tuple(DayKind.HOLIDAY, DayKind.NORMAL, "李主任", "通知撤回"));
        assertThat(log.get(0).changedAt()).isEqualTo(LocalDateTime.parse("2025-11-05T10:00:00"));
    }

    @Test
    void importIcsConfirmsAYearAndFeedsTheCalendar() {
        fresh();
        assertThat(calendar.due(d("2026-12-31"), Period.workingDays(1))).isEqualTo(new Due(d("2027-01-01"), false));

        CalendarAdminService.ImportResult result =
                admin.importIcs(stream(IcsFixtures.YEAR_2027), 2027, "admin", "test data (invented 2027)");

        assertThat(result).isEqualTo(new CalendarAdminService.ImportResult(2027, 15, 4, 19, 1));
        assertThat(calendar.isConfirmed(2027)).isTrue();
        assertThat(calendar.due(d("2026-12-31"), Period.workingDays(1))).isEqualTo(new Due(d("2027-01-03"), true));
        assertThat(admin.changes(2027)).hasSize(19).allMatch(c -> c.changedBy().equals("admin")
                && c.reason().equals("test data (invented 2027)"));
        assertThat(ctx.mapper().findYear(2027).source()).isEqualTo("ICS: 中国节假日测试");
    }

    @Test
    void importReplacesTheWholeYear() {
        fresh();
        String small = calendar(allDay("x", "20250101", null, "元旦") + allDay("y", "20250303", null, "测试假日"));
        CalendarAdminService.ImportResult result = admin.importIcs(stream(small), 2025, "admin", "replace test");
        // 32 official days removed, 3 Mar added, 元旦 kept but its source is now the ICS file
        assertThat(result.changedDays()).isEqualTo(32 + 1 + 1);
        assertThat(ctx.mapper().findDaysBetween(d("2025-01-01"), d("2026-01-01")))
                .extracting(CalendarDayRow::calDate).containsExactly(d("2025-01-01"), d("2025-03-03"));
        assertThat(calendar.isWorkingDay(d("2025-10-08"))).isTrue();
        assertThat(calendar.isWorkingDay(d("2025-03-03"))).isFalse();
        assertThat(calendar.isWorkingDay(d("2026-10-08"))).isTrue(); // other years untouched
        assertThat(calendar.isWorkingDay(d("2026-10-07"))).isFalse();
    }

    @Test
    void exportThenImportIntoAnEmptyDatabaseIsIdentical() {
        for (int year = 2024; year <= 2026; year++) {
            byte[] ics = admin.exportIcs(year);
            try (CalendarTestContext empty = CalendarTestContext.empty()) {
                assertThat(empty.mapper().findAllDays()).isEmpty();
                empty.admin().importIcs(new ByteArrayInputStream(ics), year, "admin", "round trip");
                LocalDate from = LocalDate.of(year, 1, 1);
                LocalDate until = from.plusYears(1);
                assertThat(empty.mapper().findDaysBetween(from, until)).extracting(CalendarAdminServiceTest::content)
                        .containsExactlyElementsOf(ctx.mapper().findDaysBetween(from, until).stream()
                                .map(CalendarAdminServiceTest::content).toList());
                assertThat(empty.mapper().findYear(year)).isEqualTo(ctx.mapper().findYear(year));
                assertThat(empty.admin().exportIcs(year).length).isPositive();
            }
        }
    }

    private static List<Object> content(CalendarDayRow row) {
        return List.of(row.calDate(), row.kind(), row.name(), row.source());
    }

    @ParameterizedTest(name = "today {0}, look ahead {1} → {2}")
    @CsvSource({
            "2026-10-01, 60,  ''",
            "2026-11-02, 60,  2027",   // 60 days later is 1 Jan 2027
            "2026-11-01, 60,  ''",
            "2027-01-10, 60,  2027",
            "2023-12-15, 0,   2023",
            "2025-06-01, 600, 2027",
    })
    void yearsMissingData(LocalDate today, int lookAhead, String expected) {
        List<Integer> want = expected.isEmpty() ? List.of() : Stream.of(expected.split(";")).map(Integer::valueOf).toList();
        assertThat(admin.yearsMissingData(today, lookAhead)).isEqualTo(want);
    }

    @Test
    void confirmYearWithoutDays() {
        fresh();
        admin.confirmYear(2027, true, "国务院办公厅关于2027年部分节假日安排的通知", "admin", "notice published");
        assertThat(calendar.isConfirmed(2027)).isTrue();
        assertThat(admin.yearsMissingData(d("2026-12-01"), 60)).isEmpty();
    }

    static Stream<Arguments> refusedInputs() {
        String ics = IcsFixtures.YEAR_2027;
        String timed = calendar("BEGIN:VEVENT\nUID:t\nDTSTAMP:20260101T000000Z\nDTSTART:20270101T090000Z\nSUMMARY:x\nEND:VEVENT\n");
        return Stream.of(
                Arguments.of("blank reason", (ThrowingConsumer<CalendarAdminService>) a -> a.importIcs(stream(ics), 2027, "admin", "  ")),
                Arguments.of("null reason", (ThrowingConsumer<CalendarAdminService>) a -> a.setDay(d("2025-03-10"), DayKind.HOLIDAY, "admin", null)),
                Arguments.of("blank actor", (ThrowingConsumer<CalendarAdminService>) a -> a.setDay(d("2025-03-10"), DayKind.HOLIDAY, "", "why")),
                Arguments.of("year 1999", (ThrowingConsumer<CalendarAdminService>) a -> a.importIcs(stream(ics), 1999, "admin", "why")),
                Arguments.of("year 2101", (ThrowingConsumer<CalendarAdminService>) a -> a.setDay(d("2101-01-03"), DayKind.HOLIDAY, "admin", "why")),
                Arguments.of("not ICS", (ThrowingConsumer<CalendarAdminService>) a -> a.importIcs(stream("garbage\n"), 2025, "admin", "why")),
                Arguments.of("timed event", (ThrowingConsumer<CalendarAdminService>) a -> a.importIcs(stream(timed), 2027, "admin", "why")),
                Arguments.of("no days in year", (ThrowingConsumer<CalendarAdminService>) a -> a.importIcs(stream(ics), 2025, "admin", "why")),
                Arguments.of("null kind", (ThrowingConsumer<CalendarAdminService>) a -> a.setDay(d("2025-03-10"), null, "admin", "why")),
                Arguments.of("confirm without source", (ThrowingConsumer<CalendarAdminService>) a -> a.confirmYear(2027, true, " ", "admin", "why")),
                Arguments.of("negative look-ahead", (ThrowingConsumer<CalendarAdminService>) a -> a.yearsMissingData(d("2025-01-01"), -1)));
    }

    @ParameterizedTest(name = "refused: {0}")
    @MethodSource("refusedInputs")
    void refusedInputChangesNothing(String what, ThrowingConsumer<CalendarAdminService> call) {
        List<CalendarDayRow> days = ctx.mapper().findAllDays();
        var years = ctx.mapper().findAllYears();
        int changes = count("calendar_change");
        CalendarSnapshot snapshot = calendar.snapshot();

        assertThatThrownBy(() -> call.accept(admin)).isInstanceOf(CalendarInputException.class).message().isNotBlank();

        assertThat(ctx.mapper().findAllDays()).isEqualTo(days);
        assertThat(ctx.mapper().findAllYears()).isEqualTo(years);
        assertThat(count("calendar_change")).isEqualTo(changes);
        assertThat(calendar.snapshot()).isSameAs(snapshot);
    }

    @Test
    void failureInsideTheTransactionRollsBackEverything() {
        fresh();
        // the database refuses the second day of an import after the first one was written
        String ics = calendar(allDay("a", "20270101", null, "元旦") + allDay("b", "20270102", null, "元旦"));
        new JdbcTemplate(ctx.dataSource()).execute("ALTER TABLE calendar_day ADD CONSTRAINT ck_test CHECK (name <> '元旦测试失败')");
        String failing = calendar(allDay("a", "20270101", null, "元旦") + allDay("b", "20270102", null, "元旦测试失败"));
        int changes = count("calendar_change");
        CalendarSnapshot snapshot = calendar.snapshot();
        assertThatThrownBy(() -> admin.importIcs(stream(failing), 2027, "admin", "why"))
                .isNotInstanceOf(CalendarInputException.class);
        assertThat(ctx.mapper().findDaysBetween(d("2027-01-01"), d("2028-01-01"))).isEmpty();
        assertThat(ctx.mapper().findYear(2027)).isNull();
        assertThat(count("calendar_change")).isEqualTo(changes);
        assertThat(calendar.snapshot()).isSameAs(snapshot);
        assertThat(admin.importIcs(stream(ics), 2027, "admin", "why").holidays()).isEqualTo(2);
    }
}
