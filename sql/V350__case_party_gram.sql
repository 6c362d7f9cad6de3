-- Issue 16 item 7: party search by any part of the name (decision 0032). The posting lists of the party name's
-- characters and character pairs (lower-cased, by code point): a case appears once under each distinct 1- and
-- 2-character piece of its party name. Kept by CasePartyGramInterceptor in the transaction that writes the name;
-- filled for existing cases by V352 (vendor), then indexed by case (V353: an index built after the fill, not row by
-- row). gram is VARCHAR(4) because H2 counts UTF-16 units (𠮷野 is 3).
CREATE TABLE case_party_gram (
    gram    VARCHAR(4) NOT NULL,
    case_id BIGINT     NOT NULL,
    CONSTRAINT pk_case_party_gram PRIMARY KEY (gram, case_id)
);
