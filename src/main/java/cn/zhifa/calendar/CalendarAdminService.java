package cn.zhifa.calendar;

import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import cn.zhifa.organization.Actor;
import cn.zhifa.organization.OrganizationService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import cn.zhifa.calendar.internal.CalendarChangeRow;
import cn.zhifa.calendar.internal.CalendarDayRow;
import cn.zhifa.calendar.internal.CalendarMapper;
import cn.zhifa.calendar.internal.CalendarYearRow;

/**
 * Maintains the official calendar in the database (calendar_day, calendar_year, append-only calendar_change) and keeps
 * {@link WorkingDayCalendar}'s in-memory snapshot in step: after every committed change the whole snapshot is
 * replaced.
 *
 * <p>Every change records who made it and why. Bad input — blank actor or reason, a year outside
 * {@value #MIN_YEAR}..{@value #MAX_YEAR}, an unreadable or empty ICS file — is refused with a
 * {@link CalendarInputException} before anything is written, so a refused call changes nothing.
 */
@Service("calendarAdminService")
@Transactional
public class CalendarAdminService {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;
    /** Who made the changes of the shipped official data (shown as 系统 / System). */
    static final String SYSTEM_ACTOR = "system";
    /** The stored reason of the shipped official data's days (shown as {@code ui.calendar.seedReason}). */
    static final String SEED_REASON = "official data file " + OfficialCalendarData.RESOURCE;
    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final Logger log = LoggerFactory.getLogger(CalendarAdminService.class);

    /** Result of an ICS import. */
    public record ImportResult(int year, int holidays, int makeupWorkdays, int changedDays, int skippedOutsideYear) {
    }

    private final CalendarMapper mapper;
    private final WorkingDayCalendar calendar;
    private final Clock clock;
    private final int defaultLookAheadDays;
    private ApplicationEventPublisher events;

    @Autowired
    public CalendarAdminService(CalendarMapper mapper, WorkingDayCalendar calendar, ObjectProvider<Clock> clock,
                                @Value("${zhifa.calendar.warn-look-ahead-days:60}") int defaultLookAheadDays) {
        this(mapper, calendar, clock.getIfAvailable(() -> Clock.system(BEIJING)), defaultLookAheadDays);
    }

    public CalendarAdminService(CalendarMapper mapper, WorkingDayCalendar calendar, Clock clock, int defaultLookAheadDays) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.defaultLookAheadDays = defaultLookAheadDays;
    }

    /** Deadlines that depend on the calendar follow each change: a {@link CalendarChanged} fact after commit. */
    @Autowired(required = false)
    void setEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** {@link #importIcs(InputStream, int, String, String)} for an administrator (checked here, server-side). */
    public ImportResult importIcs(Actor admin, InputStream ics, int year, String reason) {
        OrganizationService.requireAdmin(admin);
        return importIcs(ics, year, admin.username(), reason);
    }

    /** {@link #setDay(LocalDate, DayKind, String, String)} for an administrator (checked here, server-side). */
    public boolean setDay(Actor admin, LocalDate day, DayKind kind, String reason) {
        OrganizationService.requireAdmin(admin);
        return setDay(day, kind, admin.username(), reason);
    }

    /** {@link #confirmYear} for an administrator (checked here, server-side). */
    public void confirmYear(Actor admin, int year, boolean confirmed, String source, String reason) {
        OrganizationService.requireAdmin(admin);
        confirmYear(year, confirmed, source, admin.username(), reason);
    }

    /**
     * Replaces the announced days of {@code year} with those of an iCalendar file (convention: see {@link IcsCodec}:
     * all-day VEVENTs; "班" in the summary, CATEGORIES WORK or X-ZHIFA-DAY-KIND:MAKEUP_WORKDAY = make-up working day,
     * everything else = holiday) and marks the year confirmed. Days of the year not in the file become NORMAL. Each
     * changed day is logged.
     */
    public ImportResult importIcs(InputStream ics, int year, String actor, String reason) {
        Objects.requireNonNull(ics, "ics");
        checkYear(year);
        String who = checkActor(actor);
        String why = checkReason(reason);
        IcsCodec.Parsed parsed = IcsCodec.read(ics, year, "ICS import by " + who + ": " + why);

        LocalDateTime now = now();
        int changed = 0;
        List<LocalDate> imported = parsed.days().stream().map(CalendarDay::date).toList();
        for (CalendarDayRow existing : mapper.findDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1))) {
            if (!imported.contains(existing.calDate())) {
                changed += apply(existing.calDate(), DayKind.NORMAL, existing.name(), existing.source(), who, why, now) ? 1 : 0;
            }
        }
        for (CalendarDay day : parsed.days()) {
            changed += apply(day.date(), day.kind(), day.name(), day.source(), who, why, now) ? 1 : 0;
        }
        putYear(year, true, parsed.yearSource());
        int holidays = (int) parsed.days().stream().filter(d -> d.kind() == DayKind.HOLIDAY).count();
        ImportResult result = new ImportResult(year, holidays, parsed.days().size() - holidays, changed,
                parsed.skippedOutsideYear());
        log.info("Calendar {} imported from ICS by {} ({}): {}", year, who, why, result);
        refreshAfterCommit();
        return result;
    }

    /**
     * Sets one day. {@link DayKind#NORMAL} removes an announcement. The day's name becomes "放假" or "补班" for a new
     * day and stays as it was for an existing one. Does not confirm the day's year.
     *
     * @return whether anything changed (setting a day to the kind and name it already has changes nothing and logs
     *         nothing)
     */
    public boolean setDay(LocalDate day, DayKind kind, String actor, String reason) {
        Objects.requireNonNull(day, "day");
        CalendarDayRow existing = mapper.findDay(day);
        String name = existing != null && kind == existing.kind() ? existing.name()
                : kind == DayKind.MAKEUP_WORKDAY ? "补班" : "放假";
        return setDay(day, kind, name, actor, reason);
    }

    /** Like {@link #setDay(LocalDate, DayKind, String, String)} with an explicit name (e.g. "国庆节"). */
    public boolean setDay(LocalDate day, DayKind kind, String name, String actor, String reason) {
        Objects.requireNonNull(day, "day");
        if (kind == null) {
            throw CalendarInputException.of("kindRequired", "Day kind is required (HOLIDAY, MAKEUP_WORKDAY or NORMAL)");
        }
        checkYear(day.getYear());
        String who = checkActor(actor);
        String why = checkReason(reason);
        if (name == null || name.isBlank() || name.length() > 100) {
            throw CalendarInputException.of("nameRequired", "A day name of 1 to 100 characters is required");
        }
        CalendarDayRow existing = mapper.findDay(day);
        boolean same = existing == null ? kind == DayKind.NORMAL
                : existing.kind() == kind && existing.name().equals(name.strip());
        boolean changed = !same && apply(day, kind, name.strip(), clip(why, 255), who, why, now());
        if (changed) {
            log.info("Calendar day {} set to {} by {}: {}", day, kind, who, why);
            refreshAfterCommit();
        }
        return changed;
    }

    /** Marks {@code year} as having official data (or not) without touching its days. */
    public void confirmYear(int year, boolean confirmed, String source, String actor, String reason) {
        checkYear(year);
        String who = checkActor(actor);
        String why = checkReason(reason);
        if (source == null || source.isBlank()) {
            throw CalendarInputException.of("sourceRequired",
                    "The source of the year's data (e.g. the State Council notice) is required");
        }
        putYear(year, confirmed, clip(source.strip(), 255));
        log.info("Calendar year {} marked confirmed={} by {}: {}", year, confirmed, who, why);
        refreshAfterCommit();
    }

    /** The announced days of {@code year} as an iCalendar file (UTF-8), importable with {@link #importIcs}. */
    @Transactional(readOnly = true)
    public byte[] exportIcs(int year) {
        checkYear(year);
        CalendarYearRow yearRow = mapper.findYear(year);
        List<CalendarDay> days = mapper.findDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .map(CalendarAdminService::toDay).toList();
        return IcsCodec.write(year, yearRow != null ? yearRow.source() : "Zhifa export, year not confirmed", days);
    }

    /**
     * Years from {@code today}'s year up to the year of {@code today + lookAheadDays} that have no confirmed official
     * data; logs a warning when there are any. With the default 60 days this warns from 2 November about next year.
     */
    @Transactional(readOnly = true)
    public List<Integer> yearsMissingData(LocalDate today, int lookAheadDays) {
        Objects.requireNonNull(today, "today");
        if (lookAheadDays < 0) {
            throw CalendarInputException.of("lookAhead", "Look-ahead days cannot be negative: " + lookAheadDays,
                    lookAheadDays);
        }
        List<Integer> missing = new ArrayList<>();
        for (int year = today.getYear(); year <= today.plusDays(lookAheadDays).getYear(); year++) {
            CalendarYearRow row = mapper.findYear(year);
            if (row == null || !row.confirmed()) {
                missing.add(year);
            }
        }
        if (!missing.isEmpty()) {
            log.warn("No official holiday calendar loaded for {}: deadlines there count Mon–Fri only and are flagged "
                    + "unconfirmed. Import the State Council notice (ICS) for these years.", missing);
        }
        return missing;
    }

    /** {@link #yearsMissingData(LocalDate, int)} for today (Beijing time) and {@code zhifa.calendar.warn-look-ahead-days}. */
    @Transactional(readOnly = true)
    public List<Integer> yearsMissingData() {
        return yearsMissingData(LocalDate.now(clock), defaultLookAheadDays);
    }

    /** The change log of {@code year}'s days, oldest first. */
    @Transactional(readOnly = true)
    public List<CalendarChange> changes(int year) {
        checkYear(year);
        return mapper.findChangesBetween(LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1)).stream()
                .map(r -> new CalendarChange(r.id(), r.calDate(), r.oldKind(), r.newKind(), r.changedBy(), r.reason(),
                        r.changedAt()))
                .toList();
    }

    /**
     * Loads the shipped official data file for every year that has no calendar_year row yet (idempotent: years already
     * present, including ones an administrator changed, are left alone), then refreshes the cache.
     *
     * @return the years seeded
     */
    public List<Integer> seedOfficialData() {
        OfficialCalendarData official = OfficialCalendarData.load();
        List<Integer> seeded = new ArrayList<>();
        LocalDateTime now = now();
        official.years().forEach((year, source) -> {
            if (mapper.findYear(year) == null) {
                for (CalendarDay day : official.daysOf(year)) {
                    apply(day.date(), day.kind(), day.name(), day.source(), SYSTEM_ACTOR, SEED_REASON, now);
                }
                mapper.insertYear(new CalendarYearRow(year, true, clip(source, 255)));
                seeded.add(year);
            }
        });
        if (!seeded.isEmpty()) {
            log.info("Calendar seeded from {} for {}", OfficialCalendarData.RESOURCE, seeded);
        }
        // the open cases' deadlines were computed with the stored days: they follow only if a year was seeded (a
        // start-up with nothing new no longer refreshes every open case — minutes with 100 k of them)
        refreshAfterCommit(!seeded.isEmpty());
        return seeded;
    }

    /** Re-reads the database into {@link WorkingDayCalendar} (e.g. after a manual SQL fix). */
    @Transactional(readOnly = true)
    public void reloadCache() {
        refreshAfterCommit();
    }

    private boolean apply(LocalDate day, DayKind kind, String name, String source, String who, String why,
                          LocalDateTime now) {
        CalendarDayRow old = mapper.findDay(day);
        DayKind oldKind = old == null ? DayKind.NORMAL : old.kind();
        if (kind == DayKind.NORMAL) {
            if (old == null) {
                return false;
            }
            mapper.deleteDay(day);
        } else if (old == null) {
            mapper.insertDay(new CalendarDayRow(day, kind, name, source, who, now));
        } else if (old.kind() == kind && old.name().equals(name) && old.source().equals(source)) {
            return false;
        } else {
            mapper.updateDay(new CalendarDayRow(day, kind, name, source, who, now));
        }
        mapper.insertChange(new CalendarChangeRow(null, day, oldKind, kind, who, why, now));
        return true;
    }

    private void putYear(int year, boolean confirmed, String source) {
        CalendarYearRow row = new CalendarYearRow(year, confirmed, source);
        if (mapper.findYear(year) == null) {
            mapper.insertYear(row);
        } else {
            mapper.updateYear(row);
        }
    }

    /** Reads the database now (inside the transaction, so it sees this transaction's writes) and installs on commit. */
    private void refreshAfterCommit() {
        refreshAfterCommit(true);
    }

    private void refreshAfterCommit(boolean announce) {
        List<CalendarDay> days = mapper.findAllDays().stream().map(CalendarAdminService::toDay).toList();
        List<Integer> confirmed = mapper.findAllYears().stream().filter(CalendarYearRow::confirmed)
                .map(CalendarYearRow::calYear).toList();
        CalendarSnapshot next = CalendarSnapshot.of(days, confirmed);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    calendar.install(next);
                    if (announce) {
                        announce();
                    }
                }
            });
        } else {
            calendar.install(next);
            if (announce) {
                announce();
            }
        }
    }

    private void announce() {
        if (events != null) {
            events.publishEvent(new CalendarChanged());
        }
    }

    private static CalendarDay toDay(CalendarDayRow row) {
        return new CalendarDay(row.calDate(), row.kind(), row.name(), row.source());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).withNano(0);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw CalendarInputException.of("yearRange", "Year " + year + " is outside " + MIN_YEAR + ".." + MAX_YEAR,
                    year, MIN_YEAR, MAX_YEAR);
        }
    }

    private static String checkActor(String actor) {
        if (actor == null || actor.isBlank()) {
            throw CalendarInputException.of("actorRequired", "Who makes the change (actor) is required");
        }
        if (actor.strip().length() > 100) {
            throw CalendarInputException.of("actorTooLong", "Actor is longer than 100 characters");
        }
        return actor.strip();
    }

    private static String checkReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw CalendarInputException.of("reasonRequired", "A reason for the change is required");
        }
        if (reason.strip().length() > 500) {
            throw CalendarInputException.of("reasonTooLong", "Reason is longer than 500 characters");
        }
        return reason.strip();
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
