package cn.zhifa.shared;

/**
 * How a party fragment is searched (decision 0032): {@code like} re-checks {@code LOWER(party_name) LIKE like ESCAPE
 * '!'} on every candidate; {@code driver}, when set, is the fragment's rarest piece and the search reads its posting
 * list in case_party_gram first (few cases); null means the piece is common and the search reads the cases (or tasks)
 * in its own order, keeping those that match, until the page is full. {@link #NOTHING}: a piece no case has, so no
 * case can match.
 */
public record PartyMatch(String like, String driver) {

    public static final PartyMatch NOTHING = new PartyMatch(null, null);

    /** Whether no case can match (a piece of the fragment is under no case). */
    public boolean nothing() {
        return like == null;
    }
}
