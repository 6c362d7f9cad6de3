package cn.zhifa.calendar;

import java.util.Locale;
import java.util.Objects;

/**
 * A statutory period: an amount of a {@link PeriodUnit}. The amount is at least 1.
 *
 * <p>Text form (used by {@code zhifa.periods.*} properties): {@code "<amount> <UNIT>"}, e.g. {@code "7 WORKING_DAYS"},
 * {@code "90 CALENDAR_DAYS"}, {@code "24 HOURS"}, {@code "2 YEARS"}. Units are case-insensitive; the short forms
 * {@code WD}, {@code CD}/{@code DAYS}, {@code H} are accepted.
 */
public record Period(int amount, PeriodUnit unit) {

    public Period {
        Objects.requireNonNull(unit, "unit");
        if (amount < 1) {
            throw new IllegalArgumentException("A period needs an amount of at least 1, got " + amount + " " + unit);
        }
    }

    public static Period workingDays(int amount) {
        return new Period(amount, PeriodUnit.WORKING_DAYS);
    }

    public static Period days(int amount) {
        return new Period(amount, PeriodUnit.CALENDAR_DAYS);
    }

    public static Period hours(int amount) {
        return new Period(amount, PeriodUnit.HOURS);
    }

    public static Period months(int amount) {
        return new Period(amount, PeriodUnit.MONTHS);
    }

    public static Period years(int amount) {
        return new Period(amount, PeriodUnit.YEARS);
    }

    /**
     * Parses {@code "<amount> <UNIT>"}.
     *
     * @throws IllegalArgumentException with a message naming the accepted form when the text does not parse
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Empty period; expected '<amount> <UNIT>', e.g. '7 WORKING_DAYS'");
        }
        String[] parts = text.trim().split("\\s+");
        if (parts.length != 2) {
            throw new IllegalArgumentException("Cannot read period '" + text + "'; expected '<amount> <UNIT>', e.g. '7 WORKING_DAYS'");
        }
        int amount;
        try {
            amount = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Cannot read the amount in period '" + text + "'", e);
        }
        return new Period(amount, unitOf(parts[1], text));
    }

    private static PeriodUnit unitOf(String unit, String text) {
        return switch (unit.toUpperCase(Locale.ROOT)) {
            case "WORKING_DAYS", "WORKING_DAY", "WORKING", "WD" -> PeriodUnit.WORKING_DAYS;
            case "CALENDAR_DAYS", "CALENDAR_DAY", "CALENDAR", "DAYS", "DAY", "CD" -> PeriodUnit.CALENDAR_DAYS;
            case "HOURS", "HOUR", "H" -> PeriodUnit.HOURS;
            case "MONTHS", "MONTH" -> PeriodUnit.MONTHS;
            case "YEARS", "YEAR" -> PeriodUnit.YEARS;
            default -> throw new IllegalArgumentException("Unknown unit '" + unit + "' in period '" + text
                    + "'; use WORKING_DAYS, CALENDAR_DAYS, HOURS, MONTHS or YEARS");
        };
    }

    @Override
    public String toString() {
        return amount + " " + unit;
    }
}
