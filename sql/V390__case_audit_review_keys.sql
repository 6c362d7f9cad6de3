-- The audit row names the case's stored legal-review outcomes, so the pre-audit after a step reads one row to learn
-- that neither its findings nor the outcomes need reading. NULL (rows audited before this column): read them.
ALTER TABLE sv_case_audit ADD COLUMN review_keys VARCHAR(2000) NULL;
