package cn.zhifa.casefile.internal;

/**
 * How a party fragment is searched (decision 0032): {@code like} re-checks {@code LOWER(party_name) LIKE like ESCAPE
 * '!'} on every candidate; {@code driver}, when set, is the fragment's rarest piece and the search reads its posting
 * list in case_party_gram first (few cases); null means the piece is common and the search reads the cases in its own
 * order, keeping those that match, until the page is full.
 */
public record PartyMatch(String like, String driver) {
}
