-- Views the operators' metrics read (decision 0013: other modules read a module's data through its published views)
CREATE VIEW v_casefile_deadline AS SELECT case_id, kind, unit_id, open, due_date FROM case_deadline;
CREATE VIEW v_evidence_file AS SELECT id, case_id, size_bytes FROM evidence;
