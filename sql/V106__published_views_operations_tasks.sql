-- Views the operators' metrics read (decision 0013: other modules read a module's data through its published views)
CREATE VIEW v_casefile_deadline AS SELECT case_id, kind, unit_id, open, due_date FROM case_deadline;
CREATE VIEW v_evidence_file AS SELECT id, case_id, size_bytes FROM evidence;
-- The step pipeline's load-and-lock statement (casefile) names the open task it locks the case for (decision 0012)
CREATE VIEW v_tasks_inbox AS SELECT task_id, case_id, task_key FROM task_inbox;
