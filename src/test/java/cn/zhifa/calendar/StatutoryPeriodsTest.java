package cn.zhifa.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.mock.env.MockEnvironment;

class StatutoryPeriodsTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.officialData();
    private final StatutoryPeriods periods = new StatutoryPeriods(calendar, new MockEnvironment());

    @ParameterizedTest(name = "{0}: from {1} due {2}")
    @CsvSource({
            "VERIFY_LEAD,                   2025-09-26, 2025-10-23",
            "PRESERVATION_DECISION,         2025-09-26, 2025-10-13",
            "SEIZURE,                       2025-09-08, 2025-10-09",  // 8 Oct holiday
            "SEIZURE_EXTENSION,             2025-10-09, 2025-11-10",  // Sat 8 Nov → Mon
            "STATEMENT_DEFENCE,             2026-02-12, 2026-02-26",
            "HEARING_REQUEST,               2025-04-30, 2025-05-12",
            "HEARING_NOTICE_LEAD,           2025-01-24, 2025-02-10",
            "LEGAL_REVIEW,                  2024-09-27, 2024-10-16",
            "DECISION,                      2026-01-05, 2026-04-07",
            "DECISION_EXTENSION_HEAD,       2026-04-07, 2026-05-07",
            "DECISION_EXTENSION_COLLECTIVE, 2026-05-07, 2026-07-06",
            "SERVICE,                       2024-02-08, 2024-02-23",
            "PUBLICATION_PENALTY,           2025-09-26, 2025-10-13",
            "PUBLICATION_OTHER,             2025-09-26, 2025-10-30",
            "PUBLICATION_WITHDRAWAL,        2026-09-30, 2026-10-10",
            "PAYMENT,                       2025-09-20, 2025-10-09",
            "CLOSING,                       2026-12-10, 2026-12-31",
            "SUMMARY_FILING,                2026-04-30, 2026-05-08",
            "CRIME_TRANSFER_DECISION,       2026-09-30, 2026-10-08",  // 3 Oct holiday → 8 Oct
            "LIMITATION,                    2024-10-01, 2026-10-08",
            "PUBLIC_NOTICE_SERVICE,         2026-09-05, 2026-10-08",  // 5 Oct in 国庆 → 8 Oct
    })
    void eachDayPeriodWithDefaults(StatutoryPeriod period, LocalDate from, LocalDate expected) {
        assertThat(periods.dueFrom(from, period)).isEqualTo(new Due(expected, true));
    }

    @Test
    void limitationSafetyRunsIntoAYearWithoutData() {
        assertThat(periods.dueFrom(LocalDate.parse("2024-06-10"), StatutoryPeriod.LIMITATION_SAFETY))
                .isEqualTo(new Due(LocalDate.parse("2029-06-11"), false));
    }

    @Test
    void crimeTransferHandoverIsExactlyTwentyFourHours() {
        Due due = periods.dueFrom(LocalDateTime.parse("2026-10-01T09:30"), StatutoryPeriod.CRIME_TRANSFER_HANDOVER);
        assertThat(due.deadline()).isEqualTo(LocalDateTime.parse("2026-10-02T09:30"));
        assertThat(due.confirmed()).isTrue();
    }

    @Test
    void defaultsFollowTheDomainFile() {
        assertThat(periods.of(StatutoryPeriod.VERIFY_LEAD)).isEqualTo(Period.workingDays(15));
        assertThat(periods.of(StatutoryPeriod.SEIZURE)).isEqualTo(Period.days(30));
        assertThat(periods.of(StatutoryPeriod.DECISION)).isEqualTo(Period.days(90));
        assertThat(periods.of(StatutoryPeriod.PAYMENT)).isEqualTo(Period.days(15));
        assertThat(periods.of(StatutoryPeriod.CRIME_TRANSFER_DECISION)).isEqualTo(Period.days(3));
        assertThat(periods.of(StatutoryPeriod.CRIME_TRANSFER_HANDOVER)).isEqualTo(Period.hours(24));
        assertThat(periods.of(StatutoryPeriod.LIMITATION_SAFETY)).isEqualTo(Period.years(5));
        // Art. 85 / 行政强制法 Art. 69: every period of 2, 3, 5 or 7 days in these laws is working days
        Set<StatutoryPeriod> shortDays = EnumSet.noneOf(StatutoryPeriod.class);
        for (StatutoryPeriod p : StatutoryPeriod.values()) {
            Period d = p.defaultPeriod();
            if (d.unit() == PeriodUnit.CALENDAR_DAYS && d.amount() <= 10) {
                shortDays.add(p);
            }
        }
        assertThat(shortDays).containsExactly(StatutoryPeriod.CRIME_TRANSFER_DECISION); // see its Javadoc
    }

    @ParameterizedTest
    @EnumSource(StatutoryPeriod.class)
    void everyPeriodHasSourceAndLabelKey(StatutoryPeriod period) {
        assertThat(period.legalSource()).isNotBlank();
        assertThat(period.labelKey()).isEqualTo("calendar.period." + period.name());
        assertThat(period.propertyName()).isEqualTo("zhifa.periods." + period.name());
    }

    @Test
    void deploymentOverridesAPeriod() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("zhifa.periods.LEGAL_REVIEW", "5 WORKING_DAYS")
                .withProperty("zhifa.periods.CRIME_TRANSFER_DECISION", "3 wd");
        StatutoryPeriods local = new StatutoryPeriods(calendar, env);
        assertThat(local.of(StatutoryPeriod.LEGAL_REVIEW)).isEqualTo(Period.workingDays(5));
        assertThat(local.of(StatutoryPeriod.CRIME_TRANSFER_DECISION)).isEqualTo(Period.workingDays(3));
        assertThat(local.of(StatutoryPeriod.DECISION)).isEqualTo(Period.days(90));
        assertThat(local.dueFrom(LocalDate.parse("2026-09-30"), StatutoryPeriod.CRIME_TRANSFER_DECISION).date())
                .isEqualTo(LocalDate.parse("2026-10-10"));
    }

    @Test
    void badOverrideStopsStartup() {
        MockEnvironment env = new MockEnvironment().withProperty("zhifa.periods.LEGAL_REVIEW", "five days");
        assertThatThrownBy(() -> new StatutoryPeriods(calendar, env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("zhifa.periods.LEGAL_REVIEW");
    }

    @Test
    void unknownPeriodNameStopsStartup() {
        MockEnvironment env = new MockEnvironment().withProperty("zhifa.periods.LEGAL_REVEIW", "5 WORKING_DAYS");
        assertThatThrownBy(() -> new StatutoryPeriods(calendar, env))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("LEGAL_REVEIW");
    }

    @Test
    void pausesPassThrough() {
        Due due = periods.dueFrom(LocalDate.parse("2026-01-05"), StatutoryPeriod.DECISION,
                List.of(DateRange.of(LocalDate.parse("2026-02-01"), LocalDate.parse("2026-02-10"))));
        assertThat(due.date()).isEqualTo(LocalDate.parse("2026-04-15"));
        assertThat(new StatutoryPeriods(calendar, Map.of()).all()).hasSize(StatutoryPeriod.values().length);
    }
}
