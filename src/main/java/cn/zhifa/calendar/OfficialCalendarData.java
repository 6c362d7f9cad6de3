package cn.zhifa.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the versioned official calendar {@value #RESOURCE} (columns date,type,name,source; '#' starts a comment line).
 * Every year present in the file counts as confirmed.
 */
final class OfficialCalendarData {

    static final String RESOURCE = "calendar/cn-official.csv";

    private final List<CalendarDay> days;

    private OfficialCalendarData(List<CalendarDay> days) {
        this.days = List.copyOf(days);
    }

    /** The file shipped with the application. */
    static OfficialCalendarData load() {
        InputStream in = OfficialCalendarData.class.getClassLoader().getResourceAsStream(RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Official calendar data " + RESOURCE + " is missing from the classpath");
        }
        try (in) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + RESOURCE, e);
        }
    }

    static OfficialCalendarData read(InputStream in) throws IOException {
        List<CalendarDay> days = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        boolean header = true;
        int lineNo = 0;
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            lineNo++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            if (header) {
                if (!trimmed.equals("date,type,name,source")) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected header date,type,name,source");
                }
                header = false;
                continue;
            }
            String[] cols = trimmed.split(",", -1);
            if (cols.length != 4) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": expected 4 columns, got " + cols.length);
            }
            try {
                DayKind kind = DayKind.valueOf(cols[1].strip());
                days.add(new CalendarDay(LocalDate.parse(cols[0].strip()), kind, cols[2].strip(), cols[3].strip()));
            } catch (DateTimeParseException | IllegalArgumentException e) {
                throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        return new OfficialCalendarData(days);
    }

    List<CalendarDay> days() {
        return days;
    }

    /** Year → source of the year's notice (the source of its first listed day). */
    Map<Integer, String> years() {
        Map<Integer, String> years = new TreeMap<>();
        for (CalendarDay day : days) {
            years.putIfAbsent(day.date().getYear(), day.source());
        }
        return years;
    }

    List<CalendarDay> daysOf(int year) {
        return days.stream().filter(d -> d.date().getYear() == year).toList();
    }

    CalendarSnapshot snapshot() {
        return CalendarSnapshot.of(days, years().keySet());
    }
}
