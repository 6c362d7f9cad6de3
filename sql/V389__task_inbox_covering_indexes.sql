-- Decision 0032 amendment 1, item 11: a task-centre filter on the party reads an officer's queues in urgency order
-- and tests each task's case in the party's posting list; the queues' indexes now carry the task's case and
-- procedure, so that test needs no read of the task's row (at 1 M open tasks those rows are read from disk, ~60 µs
-- each: 0.15–0.3 s for the ~2,500 tasks a page of a 2 % fragment takes).
DROP INDEX ix_task_inbox_assignee ON task_inbox;
CREATE INDEX ix_task_inbox_assignee ON task_inbox (assignee_id, urgency_due, created_at, task_id, case_id, procedure_type);
DROP INDEX ix_task_inbox_group ON task_inbox;
CREATE INDEX ix_task_inbox_group ON task_inbox (unit_id, candidate_group, assignee_id, urgency_due, created_at, task_id,
    case_id, procedure_type);
DROP INDEX ix_task_inbox_unit ON task_inbox;
CREATE INDEX ix_task_inbox_unit ON task_inbox (unit_id, urgency_due, created_at, task_id, case_id, procedure_type);
-- the handler queue's own index carries the case, so the party test runs on it before the task's row is read
DROP INDEX ix_task_inbox_handler_user ON task_inbox_handler;
CREATE INDEX ix_task_inbox_handler_user ON task_inbox_handler (user_id, urgency_due, created_at, task_id, case_id);
