package cn.zhifa.publication;

import cn.zhifa.casefile.OutcomeType;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Exclusions the system can see by itself: a transferred case (移送, possibly a suspected crime — an officer lifts it
 * when the transfer went elsewhere) and a natural-person party under 18 on the decision day (from the ID-card birth
 * date). Secrets, privacy, security and related investigations are an officer's call.
 */
public final class ExclusionRules {

    private static final Pattern ID18 = Pattern.compile("\\d{6}(\\d{8})\\d{3}[\\dXx]");
    private static final Pattern ID15 = Pattern.compile("\\d{6}(\\d{6})\\d{3}");

    private ExclusionRules() {
    }

    /** A party as the rules need it: natural person or not, and the ID number if any. */
    public record PartyFacts(boolean naturalPerson, String idNo) {
    }

    public static Optional<Exclusion> automatic(OutcomeType outcome, LocalDate decided, Collection<PartyFacts> parties) {
        if (outcome == OutcomeType.TRANSFER) {
            return Optional.of(Exclusion.CRIME_TRANSFER);
        }
        for (PartyFacts p : parties) {
            if (p.naturalPerson() && birthDate(p.idNo()).map(b -> b.plusYears(18).isAfter(decided)).orElse(false)) {
                return Optional.of(Exclusion.MINOR);
            }
        }
        return Optional.empty();
    }

    /** Birth date from an 18-digit (yyyyMMdd) or a 15-digit (yyMMdd, 19xx) ID-card number. */
    public static Optional<LocalDate> birthDate(String idNo) {
        if (idNo == null) {
            return Optional.empty();
        }
        String s = idNo.trim();
        try {
            Matcher m18 = ID18.matcher(s);
            if (m18.matches()) {
                return Optional.of(LocalDate.parse(m18.group(1), DateTimeFormatter.BASIC_ISO_DATE));
            }
            Matcher m15 = ID15.matcher(s);
            if (m15.matches()) {
                return Optional.of(LocalDate.parse("19" + m15.group(1), DateTimeFormatter.BASIC_ISO_DATE));
            }
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
