-- Decision 0032 amendment 1, item 10: a common party fragment is read in date order within the unit and tested on
-- every case until the page is full (~2,500 cases for a 2 % fragment). This index yields the unit's cases newest
-- first with the name beside them, so the test runs on index entries (index condition pushdown) and only the page's
-- rows are read; it also serves the capped count (unit, name) that V354's index served. The name-only index of V2 has
-- had no reader since the search stopped matching prefixes (decision 0032).
CREATE INDEX ix_case_file_unit_date_party ON case_file (unit_id, registered_at, id, party_name);
DROP INDEX ix_case_file_unit_party ON case_file;
DROP INDEX ix_case_file_party ON case_file;
