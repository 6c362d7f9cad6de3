-- The public decision list pages by keyset (published_date, id) and counts at most 1,001 rows: this index serves the
-- default list, the date filter and the capped count without reading the table rows.
CREATE INDEX ix_publication_list ON publication (status, published_date, display_until, item_id);
