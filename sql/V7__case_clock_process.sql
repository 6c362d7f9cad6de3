-- One clock process per case (bpmn/case-clock.bpmn) instead of one watch per deadline: it remembers which warnings and
-- overdue alerts it has raised, and its single timer is re-armed whenever a deadline changes.
ALTER TABLE case_deadline ADD COLUMN warned_at DATETIME NULL;
ALTER TABLE case_deadline ADD COLUMN overdue_at DATETIME NULL;
ALTER TABLE case_file ADD COLUMN clock_process_id VARCHAR(64) NULL;
