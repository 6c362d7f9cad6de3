-- A legal review's rounds, an advance notice, a hearing and the stored requirements join the case's dependent-fact
-- tables (decision 0041): their bits in case_file.fact_tables (review's ReviewFactTables), set here for the rows
-- already there; from now on the insert of a row sets its table's bit in the same transaction. A bit is never cleared.
UPDATE case_file SET fact_tables = fact_tables + 256 WHERE id IN (SELECT case_id FROM legal_review_round);
UPDATE case_file SET fact_tables = fact_tables + 512 WHERE id IN (SELECT case_id FROM advance_notice);
UPDATE case_file SET fact_tables = fact_tables + 1024 WHERE id IN (SELECT case_id FROM case_hearing);
UPDATE case_file SET fact_tables = fact_tables + 2048 WHERE id IN (SELECT case_id FROM case_requirement);
