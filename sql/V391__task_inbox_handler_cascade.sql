-- A task's rows in the handlers' queue go with its inbox row: completing or cancelling a task deletes one row, the
-- queue follows (one statement fewer per task). Rows left without an inbox row (none are expected) go first.
DELETE FROM task_inbox_handler WHERE task_id NOT IN (SELECT t.task_id FROM task_inbox t);
ALTER TABLE task_inbox_handler ADD CONSTRAINT fk_task_inbox_handler_task FOREIGN KEY (task_id)
    REFERENCES task_inbox (task_id) ON DELETE CASCADE;
