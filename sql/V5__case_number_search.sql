-- Case-number search without a table scan: the year and running number of 〔2026〕第0001号 as indexed columns.
ALTER TABLE case_file ADD COLUMN case_year INT NULL;
ALTER TABLE case_file ADD COLUMN case_seq INT NULL;
CREATE INDEX ix_case_file_case_seq ON case_file (case_seq, case_year);
