-- The inbox shows which procedure a task belongs to (ORDINARY, SUMMARY, COMPLAINT). For COMPLAINT tasks case_id holds
-- the complaint's id (the listener reads the process variable "procedure").
ALTER TABLE task_inbox ADD COLUMN procedure_type VARCHAR(20) NOT NULL DEFAULT 'ORDINARY';
