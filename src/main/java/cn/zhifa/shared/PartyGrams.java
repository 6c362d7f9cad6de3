package cn.zhifa.shared;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.ToIntBiFunction;

/**
 * The pieces of a party name that case_party_gram indexes (decision 0032): every distinct character and pair of
 * neighbouring characters (by code point, so 𠮷 is one character) of the trimmed, lower-cased name. A fragment typed
 * in the search is cut the same way, so "餐饮", "某某", "三", "LI" and "li" find what contains them.
 */
public final class PartyGrams {

    /** A piece this rare drives at once; the fragment's other pieces are not counted. */
    private static final int RARE_ENOUGH = 100;
    /** At most this many pieces of a long fragment are counted (the LIKE re-check is exact whatever drives). */
    private static final int MAX_PIECES = 16;

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

    /**
     * Plans the match of a typed fragment (decision 0032): each piece's cases are counted in the posting lists (at most
     * {@code driverCap}, at most {@value #MAX_PIECES} pieces); a piece no case has gives a match that is {@code none}
     * (driven by that empty piece); the rarest piece drives when it has fewer than {@code driverCap} cases, else the
     * match has no driver (common). Null when the fragment is blank (no party condition at all).
     *
     * @param postings the number of cases under a piece, counting at most the given cap
     */
    public static PartyMatch plan(String fragment, int driverCap, ToIntBiFunction<String, Integer> postings) {
        Set<String> pieces = ofQuery(fragment);
        if (pieces.isEmpty()) {
            return null;
        }
        String like = containsPattern(fragment);
        String rarest = null;
        int fewest = Integer.MAX_VALUE;
        for (String piece : pieces.stream().limit(MAX_PIECES).toList()) {
            int n = postings.applyAsInt(piece, driverCap);
            if (n == 0) {
                return new PartyMatch(like, piece, piece, true);
            }
            if (n < fewest) {
                fewest = n;
                rarest = piece;
            }
            if (n <= RARE_ENOUGH) {
                break;
            }
        }
        return new PartyMatch(like, fewest < driverCap ? rarest : null, rarest, false);
    }
}
