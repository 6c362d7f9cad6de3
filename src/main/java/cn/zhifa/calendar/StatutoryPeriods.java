package cn.zhifa.calendar;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.stereotype.Service;

/**
 * The statutory periods of this deployment: the defaults of {@link StatutoryPeriod}, each overridable with
 * {@code zhifa.periods.<NAME>=<amount> <UNIT>} (e.g. {@code zhifa.periods.LEGAL_REVIEW=5 WORKING_DAYS}). A bad value or
 * an unknown {@code <NAME>} stops the application at startup, so a typo never silently falls back to the default.
 */
@Service("statutoryPeriods")
public class StatutoryPeriods {

    public static final String PROPERTY_PREFIX = "zhifa.periods.";

    private final WorkingDayCalendar calendar;
    private final Map<StatutoryPeriod, Period> periods;

    @Autowired
    public StatutoryPeriods(WorkingDayCalendar calendar, Environment environment) {
        this(calendar, overridesFrom(environment));
    }

    public StatutoryPeriods(WorkingDayCalendar calendar, Map<StatutoryPeriod, Period> overrides) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        Map<StatutoryPeriod, Period> all = new EnumMap<>(StatutoryPeriod.class);
        for (StatutoryPeriod p : StatutoryPeriod.values()) {
            all.put(p, overrides.getOrDefault(p, p.defaultPeriod()));
        }
        this.periods = Collections.unmodifiableMap(all);
    }

    static Map<StatutoryPeriod, Period> overridesFrom(Environment environment) {
        Map<StatutoryPeriod, Period> overrides = new EnumMap<>(StatutoryPeriod.class);
        List<String> problems = new ArrayList<>();
        for (StatutoryPeriod p : StatutoryPeriod.values()) {
            String value = environment.getProperty(p.propertyName());
            if (value != null) {
                try {
                    overrides.put(p, Period.parse(value));
                } catch (IllegalArgumentException e) {
                    problems.add(p.propertyName() + "=" + value + ": " + e.getMessage());
                }
            }
        }
        Set<String> known = Arrays.stream(StatutoryPeriod.values()).map(StatutoryPeriod::name).collect(Collectors.toSet());
        for (String name : propertyNames(environment)) {
            if (name.startsWith(PROPERTY_PREFIX) && !known.contains(name.substring(PROPERTY_PREFIX.length()))) {
                problems.add(name + ": no such statutory period; known: " + new TreeSet<>(known));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Bad statutory period settings: " + String.join("; ", problems));
        }
        return overrides;
    }

    private static Set<String> propertyNames(Environment environment) {
        Set<String> names = new TreeSet<>();
        if (environment instanceof ConfigurableEnvironment configurable) {
            for (PropertySource<?> source : configurable.getPropertySources()) {
                if (source instanceof EnumerablePropertySource<?> enumerable) {
                    names.addAll(Arrays.asList(enumerable.getPropertyNames()));
                }
            }
        }
        return names;
    }

    /** The period in force for this deployment. */
    public Period of(StatutoryPeriod period) {
        return periods.get(Objects.requireNonNull(period, "period"));
    }

    /** The last day of {@code period} started on {@code from} (start day not counted). Not for hour periods. */
    public Due dueFrom(LocalDate from, StatutoryPeriod period) {
        return calendar.due(from, of(period));
    }

    /** The end of {@code period} started at {@code from}; hour periods exact. */
    public Due dueFrom(LocalDateTime from, StatutoryPeriod period) {
        return calendar.due(from, of(period));
    }

    /** Like {@link #dueFrom(LocalDate, StatutoryPeriod)} with the clock stopped during {@code pauses}. */
    public Due dueFrom(LocalDate from, StatutoryPeriod period, List<DateRange> pauses) {
        return calendar.due(from, of(period), pauses);
    }

    /** All periods in force, in declaration order. */
    public Map<StatutoryPeriod, Period> all() {
        return periods;
    }
}
