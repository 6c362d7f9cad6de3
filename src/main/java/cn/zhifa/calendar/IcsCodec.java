package cn.zhifa.calendar;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.Duration;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;

/**
 * Reads and writes a year of the official calendar as iCalendar (RFC 5545) with ical4j.
 *
 * <p>Import convention — every VEVENT must be all-day ({@code DTSTART;VALUE=DATE}); it covers DTSTART up to, not
 * including, DTEND (or DTSTART + DURATION in days; one day when neither is given). An event is a <b>make-up working
 * day</b> (调休上班) when
 * <ol>
 *   <li>it has {@code X-ZHIFA-DAY-KIND:MAKEUP_WORKDAY} (or {@code WORK}); {@code X-ZHIFA-DAY-KIND:HOLIDAY} forces a holiday; else</li>
 *   <li>one of its CATEGORIES is {@code WORK} (any case); else</li>
 *   <li>its SUMMARY contains "班" (covers "补班", "上班", "调休上班");</li>
 * </ol>
 * otherwise it is a <b>holiday</b> (放假). SUMMARY becomes the day's name, DESCRIPTION its source; the calendar's
 * {@code X-ZHIFA-SOURCE} (else X-WR-CALNAME) becomes the year's source. Days outside the requested year are skipped
 * (public feeds often include the New Year days of the neighbouring year). Export writes exactly this convention, one
 * event per day, so export → import gives the same data.
 */
final class IcsCodec {

    static final String X_KIND = "X-ZHIFA-DAY-KIND";
    static final String X_SOURCE = "X-ZHIFA-SOURCE";
    static final String X_CALNAME = "X-WR-CALNAME";
    private static final int MAX_EVENT_DAYS = 31;

    record Parsed(List<CalendarDay> days, String yearSource, int skippedOutsideYear) {
    }

    private IcsCodec() {
    }

    static Parsed read(InputStream in, int year, String fallbackSource) {
        Calendar ics;
        try {
            ics = new CalendarBuilder().build(in);
        } catch (ParserException e) {
            throw CalendarInputException.of("notIcs", "Not a readable iCalendar (ICS) file: " + e.getMessage(), e,
                    e.getMessage());
        } catch (IOException | RuntimeException e) {
            throw CalendarInputException.of("unreadable", "Cannot read the ICS file: " + e.getMessage(), e,
                    e.getMessage());
        }
        String yearSource = text(ics.getProperty(X_SOURCE))
                .or(() -> text(ics.getProperty(X_CALNAME)).map(n -> "ICS: " + n))
                .orElse(fallbackSource);
        Map<LocalDate, CalendarDay> days = new LinkedHashMap<>();
        int skipped = 0;
        List<VEvent> events = ics.getComponents(Component.VEVENT);
        for (VEvent event : events) {
            String summary = text(event.getProperty(Property.SUMMARY)).orElse("");
            String label = summary.isEmpty() ? "(no summary)" : summary;
            LocalDate start = allDay(event.getProperty(Property.DTSTART), "DTSTART", label)
                    .orElseThrow(() -> CalendarInputException.of("noStart", "Event '" + label + "' has no DTSTART",
                            label));
            LocalDate end = allDay(event.getProperty(Property.DTEND), "DTEND", label)
                    .orElseGet(() -> endFromDuration(event, start, label));
            if (!end.isAfter(start)) {
                throw CalendarInputException.of("endBeforeStart", "Event '" + label + "' ends (" + end
                        + ") on or before its start (" + start + ")", label, end, start);
            }
            if (start.plusDays(MAX_EVENT_DAYS).isBefore(end)) {
                throw CalendarInputException.of("tooLong", "Event '" + label + "' spans more than " + MAX_EVENT_DAYS
                        + " days (" + start + " to " + end + "); not a holiday block", label, MAX_EVENT_DAYS, start,
                        end);
            }
            DayKind kind = kindOf(event, summary, label);
            String name = clip(summary.isEmpty() ? (kind == DayKind.HOLIDAY ? "放假" : "补班") : summary, 100);
            String source = clip(text(event.getProperty(Property.DESCRIPTION)).orElse(yearSource), 255);
            for (LocalDate d = start; d.isBefore(end); d = d.plusDays(1)) {
                if (d.getYear() != year) {
                    skipped++;
                    continue;
                }
                CalendarDay day = new CalendarDay(d, kind, name, source);
                CalendarDay earlier = days.putIfAbsent(d, day);
                if (earlier != null && earlier.kind() != kind) {
                    throw CalendarInputException.of("dayTwice", "Day " + d + " is both " + earlier.kind() + " ('"
                            + earlier.name() + "') and " + kind + " ('" + name + "') in the file", d,
                            earlier.name(), name);
                }
            }
        }
        if (days.isEmpty()) {
            throw CalendarInputException.of("noEvents", "The ICS file has no all-day events in " + year + " ("
                    + events.size() + " events read, " + skipped + " days outside the year)", year, events.size(),
                    skipped);
        }
        return new Parsed(new ArrayList<>(days.values()), clip(yearSource, 255), skipped);
    }

    private static DayKind kindOf(VEvent event, String summary, String label) {
        Optional<String> explicit = text(event.getProperty(X_KIND));
        if (explicit.isPresent()) {
            return switch (explicit.get().toUpperCase(Locale.ROOT)) {
                case "MAKEUP_WORKDAY", "WORK" -> DayKind.MAKEUP_WORKDAY;
                case "HOLIDAY" -> DayKind.HOLIDAY;
                default -> throw CalendarInputException.of("badKind", "Event '" + label + "': " + X_KIND
                        + " must be HOLIDAY or MAKEUP_WORKDAY, got '" + explicit.get() + "'", label, X_KIND,
                        explicit.get());
            };
        }
        List<Property> categories = event.getProperties(Property.CATEGORIES);
        for (Property p : categories) {
            if (p instanceof Categories c
                    && c.getCategories().getTexts().stream().anyMatch(t -> t.trim().equalsIgnoreCase("WORK"))) {
                return DayKind.MAKEUP_WORKDAY;
            }
        }
        return summary.contains("班") ? DayKind.MAKEUP_WORKDAY : DayKind.HOLIDAY;
    }

    private static Optional<LocalDate> allDay(Optional<Property> property, String what, String label) {
        if (property.isEmpty()) {
            return Optional.empty();
        }
        if (property.get() instanceof DateProperty<?> date && date.getDate() instanceof LocalDate day) {
            return Optional.of(day);
        }
        throw CalendarInputException.of("notAllDay", "Event '" + label + "': " + what + " " + property.get().getValue()
                + " is not an all-day date (expected " + what + ";VALUE=DATE:yyyymmdd)", label, what,
                property.get().getValue());
    }

    private static LocalDate endFromDuration(VEvent event, LocalDate start, String label) {
        Optional<Property> duration = event.getProperty(Property.DURATION);
        if (duration.isEmpty()) {
            return start.plusDays(1);
        }
        TemporalAmount amount = ((Duration) duration.get()).getDuration();
        if (amount instanceof java.time.Period days) {
            return start.plus(days);
        }
        throw CalendarInputException.of("durationDays", "Event '" + label + "': DURATION " + duration.get().getValue()
                + " is not a whole number of days", label, duration.get().getValue());
    }

    private static Optional<String> text(Optional<? extends Property> property) {
        return property.map(Property::getValue).map(String::strip).filter(s -> !s.isEmpty());
    }

    private static String clip(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    /** One VEVENT per announced day of {@code year}, in date order. */
    static byte[] write(int year, String yearSource, List<CalendarDay> days) {
        Calendar ics = new Calendar();
        ics.add(new ProdId("-//Zhifa//Working-day calendar//ZH"));
        ics.add(ImmutableVersion.VERSION_2_0);
        ics.add(ImmutableCalScale.GREGORIAN);
        ics.add(new XProperty(X_CALNAME, "中国法定节假日与调休 " + year));
        ics.add(new XProperty(X_SOURCE, yearSource));
        for (CalendarDay day : days) {
            VEvent event = new VEvent((Temporal) day.date(), (Temporal) day.date().plusDays(1), day.name());
            event.add(new Uid(day.date() + "-" + day.kind() + "@zhifa"));
            event.add(new Categories(day.kind() == DayKind.MAKEUP_WORKDAY ? "WORK" : "HOLIDAY"));
            event.add(new XProperty(X_KIND, day.kind().name()));
            event.add(new Description(day.source()));
            ics.add(event);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter().output(ics, out);
        } catch (IOException | ValidationException e) {
            throw new IllegalStateException("Cannot write the ICS export for " + year, e);
        }
        return out.toByteArray();
    }
}
