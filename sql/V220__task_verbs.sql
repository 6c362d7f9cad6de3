-- Issue 16 item 1: the task centre's verbs (转办, 催办, 已办) and the inbox in urgency order, served in index order.

-- Urgency (overdue first, then least time left, then arrival): the due date with "no due date" sorted last, as a
-- generated column so every writer (the listener, the benchmark's loader) keeps it right without knowing of it.
ALTER TABLE task_inbox ADD COLUMN urgency_due DATE GENERATED ALWAYS AS (COALESCE(due_date, DATE '9999-12-31'));
-- Each inbox branch reads its page straight off one of these indexes (equality prefix, then the urgency order).
DROP INDEX ix_task_inbox_assignee ON task_inbox;
CREATE INDEX ix_task_inbox_assignee ON task_inbox (assignee_id, urgency_due, created_at, task_id);
DROP INDEX ix_task_inbox_group ON task_inbox;
CREATE INDEX ix_task_inbox_group ON task_inbox (unit_id, candidate_group, assignee_id, urgency_due, created_at, task_id);

-- The HANDLER tasks (candidate group = the case's handlers) by handler, in urgency order: one row per task and
-- handler, kept by the inbox when a HANDLER task is created, its due date changes, it ends, or the handlers change.
CREATE TABLE task_inbox_handler (
    task_id     VARCHAR(64) NOT NULL,
    user_id     BIGINT      NOT NULL,
    case_id     BIGINT      NOT NULL,
    urgency_due DATE        NOT NULL,
    created_at  DATETIME    NOT NULL,
    PRIMARY KEY (task_id, user_id)
);
CREATE INDEX ix_task_inbox_handler_user ON task_inbox_handler (user_id, urgency_due, created_at, task_id);
CREATE INDEX ix_task_inbox_handler_case ON task_inbox_handler (case_id);
INSERT INTO task_inbox_handler (task_id, user_id, case_id, urgency_due, created_at)
SELECT t.task_id, h.user_id, t.case_id, COALESCE(t.due_date, DATE '9999-12-31'), t.created_at
FROM task_inbox t JOIN case_handler h ON h.case_id = t.case_id
WHERE t.candidate_group = 'HANDLER' AND t.procedure_type <> 'COMPLAINT';

-- 已办: the tasks a user completed, newest first (one row per completion; read by user in index order).
CREATE TABLE task_done (
    task_id        VARCHAR(64) NOT NULL PRIMARY KEY,
    user_id        BIGINT      NOT NULL,
    case_id        BIGINT      NOT NULL,
    unit_id        BIGINT      NOT NULL,
    task_key       VARCHAR(64) NOT NULL,
    procedure_type VARCHAR(20) NOT NULL,
    created_at     DATETIME    NOT NULL,
    completed_at   DATETIME    NOT NULL
);
CREATE INDEX ix_task_done_user ON task_done (user_id, completed_at, task_id);

-- 催办: how often an open task (and so its case) was urged, for supervision; the last urge's time and author.
CREATE TABLE task_urge (
    task_id      VARCHAR(64) NOT NULL PRIMARY KEY,
    case_id      BIGINT      NOT NULL,
    unit_id      BIGINT      NOT NULL,
    task_key     VARCHAR(64) NOT NULL,
    urge_count   INT         NOT NULL,
    last_urged_at DATETIME   NOT NULL,
    last_urged_by BIGINT     NOT NULL
);
CREATE INDEX ix_task_urge_case ON task_urge (case_id);
CREATE INDEX ix_task_urge_unit ON task_urge (unit_id, last_urged_at);
CREATE VIEW v_tasks_urge AS SELECT task_id, case_id, unit_id, task_key, urge_count, last_urged_at FROM task_urge;

-- The unit's view (team leaders, heads, supervisors: where others' tasks are found for 转办 and 催办), by urgency.
CREATE INDEX ix_task_inbox_unit ON task_inbox (unit_id, urgency_due, created_at, task_id);
