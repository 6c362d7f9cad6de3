package cn.zhifa.casefile.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a typed case number is searched, each form on an index: a whole number exactly ({@code case_no}); a year
 * and/or running number ("〔2026〕第12号", "2026-12", "0012") on {@code case_seq}/{@code case_year}; anything else as a
 * prefix of the number. Never {@code LIKE '%…%'}, which scans every case.
 */
public record CaseNumberFilter(String exact, Integer year, Integer seq, String prefix) {

    private static final Pattern FULL = Pattern.compile(".+立字〔\\d{4}〕第\\d+号");
    private static final Pattern YEAR_SEQ = Pattern.compile("\\D*〔?(\\d{4})[〕\\-/\\s]*第?(\\d{1,6})号?");
    private static final Pattern SEQ = Pattern.compile("第?(\\d{1,6})号?");

    /** null when nothing was typed. */
    public static CaseNumberFilter parse(String input) {
        if (input == null || input.isBlank()) {
            return null;
        }
        String s = input.strip();
        if (FULL.matcher(s).matches()) {
            return new CaseNumberFilter(s, null, null, null);
        }
        Matcher m = YEAR_SEQ.matcher(s);
        if (m.matches()) {
            return new CaseNumberFilter(null, Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), null);
        }
        m = SEQ.matcher(s);
        if (m.matches()) {
            return new CaseNumberFilter(null, null, Integer.valueOf(m.group(1)), null);
        }
        return new CaseNumberFilter(null, null, null, s);
    }
}
