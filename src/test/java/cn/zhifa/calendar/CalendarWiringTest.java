package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.mybatis.spring.boot.autoconfigure.MybatisAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.flyway.FlywayAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.autoconfigure.jdbc.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.autoconfigure.transaction.TransactionAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.ComponentScan;

/**
 * The feature wired the way Spring Boot wires it (auto-configured DataSource, Flyway, MyBatis mapper scan, messages,
 * the application's own property names), without the rest of the application.
 */
class CalendarWiringTest {

    // Not @Configuration, so no component scan picks it up.
    @AutoConfigurationPackage(basePackages = "cn.zhifa")
    @ComponentScan(basePackageClasses = WorkingDayCalendar.class)
    static class Feature {
    }

    /** A new in-memory database per test (the runner field is created per test instance). */
    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, FlywayAutoConfiguration.class,
                    MybatisAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
                    TransactionAutoConfiguration.class, MessageSourceAutoConfiguration.class))
            .withUserConfiguration(Feature.class)
            .withPropertyValues(
                    "spring.datasource.url=jdbc:h2:mem:wiring-" + java.util.UUID.randomUUID() + ";MODE=MySQL;DB_CLOSE_DELAY=-1",
                    "spring.flyway.locations=classpath:db/migration",
                    "mybatis.mapper-locations=classpath*:cn/zhifa/**/internal/*.xml",
                    "spring.messages.basename=i18n/messages,i18n/calendar",
                    "spring.messages.fallback-to-system-locale=false",
                    "spring.messages.encoding=UTF-8");

    @Test
    void startsSeedsAndComputes() {
        runner.run(ctx -> {
            assertThat(ctx).hasNotFailed();
            assertThat(ctx).hasBean("workingDayCalendar").hasBean("calendarAdminService").hasBean("statutoryPeriods")
                    .hasBean("calendarController");
            CalendarAdminService admin = ctx.getBean(CalendarAdminService.class);
            assertThat(admin.changes(2025)).hasSize(33);
            StatutoryPeriods periods = ctx.getBean(StatutoryPeriods.class);
            assertThat(periods.dueFrom(LocalDate.parse("2025-09-26"), StatutoryPeriod.PUBLICATION_PENALTY).date())
                    .isEqualTo(LocalDate.parse("2025-10-13"));
            admin.setDay(LocalDate.parse("2025-10-13"), DayKind.HOLIDAY, "admin", "wiring test");
            assertThat(ctx.getBean(WorkingDayCalendar.class).isWorkingDay(LocalDate.parse("2025-10-13"))).isFalse();
        });
    }

    @Test
    void settingsApply() {
        runner.withPropertyValues("zhifa.calendar.count-makeup-days=false", "zhifa.periods.LEGAL_REVIEW=5 WORKING_DAYS")
                .run(ctx -> {
                    assertThat(ctx).hasNotFailed();
                    assertThat(ctx.getBean(WorkingDayCalendar.class).countsMakeupDays()).isFalse();
                    StatutoryPeriods periods = ctx.getBean(StatutoryPeriods.class);
                    assertThat(periods.of(StatutoryPeriod.LEGAL_REVIEW)).isEqualTo(Period.workingDays(5));
                    assertThat(periods.dueFrom(LocalDate.parse("2025-09-26"), StatutoryPeriod.PUBLICATION_PENALTY).date())
                            .isEqualTo(LocalDate.parse("2025-10-15"));
                });
    }

    @Test
    void misspelledPeriodStopsStartup() {
        runner.withPropertyValues("zhifa.periods.LEGAL_REVEIW=5 WORKING_DAYS")
                .run(ctx -> assertThat(ctx).hasFailed().getFailure().hasStackTraceContaining("LEGAL_REVEIW"));
    }
}
