-- Cockpit at scale (issue 13, item 7): the open cases by stage read only the open part of case_file, and the monthly
-- figures (cases by procedure and outcome, fines decided and collected) are answered from one index range over
-- registered_at without touching the table rows.
CREATE INDEX ix_case_file_stage_unit ON case_file (stage, unit_id);
CREATE INDEX ix_case_file_month ON case_file (registered_at, unit_id, stage, procedure_type, decided_outcome,
    decided_fine, paid_amount);
