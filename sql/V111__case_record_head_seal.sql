-- Tamper evidence that survives database root (issue 17, decision 0014): every chain head carries an Ed25519 seal
-- over (case, last_seq, last_hash) made with a key the database does not hold. Heads written before this migration
-- are sealed once on the first start with a key (RecordCheckpoints), then a missing seal is reported by verify.
ALTER TABLE case_record_head ADD COLUMN seal_key CHAR(16) NULL;
ALTER TABLE case_record_head ADD COLUMN seal VARCHAR(100) NULL;
