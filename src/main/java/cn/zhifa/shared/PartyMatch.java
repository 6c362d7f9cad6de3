package cn.zhifa.shared;

/**
 * How a party fragment is searched (decision 0032): {@code like} re-checks {@code LOWER(party_name) LIKE like ESCAPE
 * '!'} on every candidate; {@code driver}, when set, is the fragment's rarest piece and the search reads its posting
 * list in case_party_gram first (few cases); null means the piece is common and the search reads the cases (or tasks)
 * in its own order, keeping those that match, until the page is full. {@code rarest} is that piece in either case (a
 * cheap first test of a candidate: its case must be under the piece); {@code none}: the piece is under no case, so no
 * case can match (the driver is then that piece, whose posting list is empty).
 */
public record PartyMatch(String like, String driver, String rarest, boolean none) {
}
