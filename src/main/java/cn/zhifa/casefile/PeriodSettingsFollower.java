package cn.zhifa.casefile;

import cn.zhifa.calendar.DeadlineLights;
import cn.zhifa.calendar.StatutoryPeriods;
import cn.zhifa.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * At start-up: when the deployment's statutory periods or counting settings differ from those the deadlines were
 * computed with, every open deadline is recomputed and the change is recorded on each affected case.
 */
@Component
@Order(5)
class PeriodSettingsFollower implements ApplicationRunner {

    static final String SETTING = "statutory-periods";
    private static final Logger LOG = LoggerFactory.getLogger(PeriodSettingsFollower.class);

    private final StatutoryPeriods periods;
    private final WorkingDayCalendar calendar;
    private final DeadlineLights lights;
    private final CaseClockService clock;
    private final JdbcTemplate jdbc;
    private final Clock time;

    PeriodSettingsFollower(StatutoryPeriods periods, WorkingDayCalendar calendar, DeadlineLights lights,
            CaseClockService clock, JdbcTemplate jdbc, Clock time) {
        this.periods = periods;
        this.calendar = calendar;
        this.lights = lights;
        this.clock = clock;
        this.jdbc = jdbc;
        this.time = time;
    }

    String fingerprint() {
        return new TreeMap<>(periods.all()) + " makeup=" + calendar.countsMakeupDays() + " warn="
                + lights.warnWorkingDays();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String now = fingerprint();
        List<String> stored = jdbc.queryForList("SELECT setting FROM app_setting WHERE name = ?", String.class, SETTING);
        if (stored.isEmpty()) {
            jdbc.update("INSERT INTO app_setting (name, setting, updated_at) VALUES (?, ?, ?)", SETTING, now,
                    LocalDateTime.now(time));
            return;
        }
        if (!stored.get(0).equals(now)) {
            int cases = clock.refreshAllOpen("期限设置变更");
            jdbc.update("UPDATE app_setting SET setting = ?, updated_at = ? WHERE name = ?", now,
                    LocalDateTime.now(time), SETTING);
            LOG.warn("Statutory period settings changed; deadlines of {} open cases recomputed. Now: {}", cases, now);
        }
    }
}
