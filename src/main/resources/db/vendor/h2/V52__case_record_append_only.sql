-- H2 (embedded quick start): no trigger; the application never updates or deletes case_record rows, and verify
-- finds any change made behind its back (decision 0007).
COMMENT ON TABLE case_record IS 'append-only: the application never updates or deletes rows';
