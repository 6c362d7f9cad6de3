-- The public decision list pages by keyset (published_date, id) and counts at most 1,001 rows. The index is in the
-- list's order (published_date, id) so that first and deep pages read 21 entries backwards without sorting, and it
-- carries display_until and item_id so that the filters and the capped count never read the table rows.
CREATE INDEX ix_publication_list ON publication (status, published_date, id, display_until, item_id);
