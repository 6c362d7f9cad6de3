package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import cn.zhifa.calendar.internal.CalendarChangeRow;
import cn.zhifa.calendar.internal.CalendarDayRow;
import cn.zhifa.calendar.internal.CalendarMapper;
import cn.zhifa.calendar.internal.CalendarYearRow;

/**
 * Migrations, mapper and admin service on the production database engine (MariaDB through MySQL Connector/J).
 * Uses ZHIFA_DB_URL / ZHIFA_DB_USER / ZHIFA_DB_PASSWORD (as application-mysql.properties) and needs an EMPTY schema;
 * skipped when ZHIFA_DB_URL is not set.
 */
class CalendarMapperIT {

    @Test
    void everyColumnRoundTripsAndTheAdminServiceWorks() {
        String url = System.getenv("ZHIFA_DB_URL");
        assumeTrue(url != null && !url.isBlank(), "ZHIFA_DB_URL not set");
        DriverManagerDataSource ds = new DriverManagerDataSource(url, System.getenv().getOrDefault("ZHIFA_DB_USER", "root"),
                System.getenv().getOrDefault("ZHIFA_DB_PASSWORD", ""));
        try (CalendarTestContext ctx = CalendarTestContext.seededOn(ds)) {
            CalendarMapper mapper = ctx.mapper();
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

            assertThat(new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM calendar_day", Integer.class)).isEqualTo(108);
            CalendarAdminService admin = ctx.admin();
            byte[] ics = admin.exportIcs(2025);
            admin.importIcs(new ByteArrayInputStream(ics), 2025, "admin", "MariaDB round trip");
            assertThat(admin.changes(2025)).hasSize(33);
            admin.setDay(LocalDate.parse("2025-03-10"), DayKind.HOLIDAY, "admin", "MariaDB test");
            assertThat(ctx.calendar().isWorkingDay(LocalDate.parse("2025-03-10"))).isFalse();
        }
    }
}
