-- Evidence that was wrongly added is withdrawn (撤回/作废) by a handler with a reason: the row and its file stay (the
-- record and the export keep them), gates no longer count it. The name a file was uploaded under is kept as metadata
-- when the stored name had to be normalised (path separators, "..", control characters, reserved or over-long names).
ALTER TABLE evidence ADD COLUMN original_file_name VARCHAR(1000) NULL;
ALTER TABLE evidence ADD COLUMN withdrawn_at DATETIME NULL;
ALTER TABLE evidence ADD COLUMN withdrawn_by BIGINT NULL;
ALTER TABLE evidence ADD COLUMN withdrawal_reason VARCHAR(500) NULL;
ALTER TABLE evidence ADD CONSTRAINT fk_evidence_withdrawn_by FOREIGN KEY (withdrawn_by) REFERENCES app_user (id);
