-- Which of a case's dependent-fact tables hold rows of it, one bit a table (CaseFactsProbe.BITS): read with the case
-- row instead of probing the eight tables at every step (decision 0039). The insert of a row sets its table's bit in
-- the same transaction; a bit is never cleared (a set bit only means "read the table").
ALTER TABLE case_file ADD COLUMN fact_tables INT NOT NULL DEFAULT 0;
UPDATE case_file SET fact_tables = fact_tables + 1 WHERE id IN (SELECT case_id FROM case_transfer);
UPDATE case_file SET fact_tables = fact_tables + 2 WHERE id IN (SELECT case_id FROM case_clock_event);
UPDATE case_file SET fact_tables = fact_tables + 4 WHERE id IN (SELECT case_id FROM evidence_preservation);
UPDATE case_file SET fact_tables = fact_tables + 8 WHERE id IN (SELECT case_id FROM case_remedy);
UPDATE case_file SET fact_tables = fact_tables + 16 WHERE id IN (SELECT case_id FROM case_remedy_hearing);
UPDATE case_file SET fact_tables = fact_tables + 32 WHERE id IN (SELECT case_id FROM case_payment);
UPDATE case_file SET fact_tables = fact_tables + 64 WHERE id IN (SELECT case_id FROM case_execution_act);
UPDATE case_file SET fact_tables = fact_tables + 128 WHERE id IN (SELECT case_id FROM case_seizure);
