package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.beans.factory.annotation.Autowired;

import cn.zhifa.calendar.internal.CalendarChangeRow;
import cn.zhifa.calendar.internal.CalendarDayRow;
import cn.zhifa.calendar.internal.CalendarMapper;
import cn.zhifa.calendar.internal.CalendarYearRow;
import cn.zhifa.support.IntegrationTest;

/**
 * Migrations, mapper and admin service on the test database of the integration suite — MariaDB through MySQL
 * Connector/J in the MariaDB suite (never skipped: the suite fails when MariaDB is missing).
 */
@IntegrationTest
class CalendarMapperIT {

    @Autowired CalendarMapper mapper;
    @Autowired CalendarAdminService admin;
    @Autowired WorkingDayCalendar calendar;
    @Autowired JdbcTemplate jdbc;

    @Test
    void everyColumnRoundTripsAndTheAdminServiceWorks() {
        LocalDate day = LocalDate.parse("2099-02-14");
        LocalDateTime at = LocalDateTime.parse("2099-01-02T03:04:05");
        CalendarDayRow row = new CalendarDayRow(day, DayKind.MAKEUP_WORKDAY, "春节补班（测试）", "国办发明电〔2098〕1号 ✓",
                "王科长", at);
        mapper.insertDay(row);
        assertThat(mapper.findDay(day)).isEqualTo(row);
        CalendarDayRow changed = new CalendarDayRow(day, DayKind.HOLIDAY, "春节", "来源", "李主任", at.plusDays(1));
        mapper.updateDay(changed);
        assertThat(mapper.findDaysBetween(day, day.plusDays(1))).containsExactly(changed);
        mapper.deleteDay(day);
        assertThat(mapper.findDay(day)).isNull();

        mapper.insertYear(new CalendarYearRow(2099, false, "测试"));
        assertThat(mapper.findYear(2099)).isEqualTo(new CalendarYearRow(2099, false, "测试"));
        mapper.updateYear(new CalendarYearRow(2099, true, "国务院办公厅通知"));
        assertThat(mapper.findYear(2099)).isEqualTo(new CalendarYearRow(2099, true, "国务院办公厅通知"));

        mapper.insertChange(new CalendarChangeRow(null, day, DayKind.NORMAL, DayKind.HOLIDAY, "王科长", "理由", at));
        CalendarChangeRow logged = mapper.findChangesBetween(day, day.plusDays(1)).get(0);
        assertThat(logged.id()).isPositive();
        assertThat(logged).isEqualTo(new CalendarChangeRow(logged.id(), day, DayKind.NORMAL, DayKind.HOLIDAY, "王科长",
                "理由", at));

        // the official 2024–2026 data is seeded at start-up
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM calendar_day WHERE cal_date < '2027-01-01'",
                Integer.class)).isEqualTo(108);
        int before = admin.changes(2025).size();
        byte[] ics = admin.exportIcs(2025);
        admin.importIcs(new ByteArrayInputStream(ics), 2025, "admin", "MariaDB round trip");
        assertThat(admin.changes(2025)).as("re-importing identical data changes no day").hasSize(before);
        assertThat(withoutStamps(admin.exportIcs(2025))).isEqualTo(withoutStamps(ics));
        LocalDate ordinary = LocalDate.parse("2099-03-10");
        assertThat(calendar.isWorkingDay(ordinary)).isTrue();
        admin.setDay(ordinary, DayKind.HOLIDAY, "admin", "MariaDB test");
        assertThat(calendar.isWorkingDay(ordinary)).isFalse();
        admin.setDay(ordinary, DayKind.NORMAL, "admin", "restore");
        assertThat(calendar.isWorkingDay(ordinary)).isTrue();
    }

    /** The export's content without its generation timestamps. */
    private static java.util.List<String> withoutStamps(byte[] ics) {
        return new String(ics, java.nio.charset.StandardCharsets.UTF_8).lines()
                .filter(l -> !l.startsWith("DTSTAMP")).toList();
    }
}
