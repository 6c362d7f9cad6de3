package cn.zhifa.casefile.internal;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The pieces of a party name that case_party_gram indexes (decision 0032): every distinct character and pair of
 * neighbouring characters (by code point, so 𠮷 is one character) of the trimmed, lower-cased name. A fragment typed
 * in the search is cut the same way, so "餐饮", "某某", "三", "LI" and "li" find what contains them.
 */
public final class PartyGrams {

    private PartyGrams() {
    }

    /** Trimmed and lower-cased (Latin names match whatever the case); null for null or blank. */
    public static String normalize(String s) {
        if (s == null || s.isBlank()) {
            return null;
        }
        return s.strip().toLowerCase(Locale.ROOT);
    }

    /** Every distinct 1- and 2-character piece of the name (indexed); empty for null or blank. */
    public static Set<String> of(String name) {
        return pieces(name, true);
    }

    /**
     * The pieces a typed fragment is looked up by: the character itself for one character, else its distinct pairs
     * (a name containing the fragment contains every pair of it). Empty for null or blank.
     */
    public static Set<String> ofQuery(String fragment) {
        return pieces(fragment, false);
    }

    private static Set<String> pieces(String text, boolean singles) {
        String n = normalize(text);
        Set<String> out = new LinkedHashSet<>();
        int[] cp = n == null ? new int[0] : n.codePoints().toArray();
        for (int i = 0; i < cp.length; i++) {
            if (singles || cp.length == 1) {
                out.add(new String(cp, i, 1));
            }
            if (i + 1 < cp.length) {
                out.add(new String(cp, i, 2));
            }
        }
        return out;
    }

    /** {@code %fragment%} for {@code LIKE … ESCAPE '!'}, lower-cased, with ! % _ escaped. */
    public static String containsPattern(String fragment) {
        String n = normalize(fragment);
        return "%" + n.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
