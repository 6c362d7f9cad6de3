-- Read model of open user tasks, kept in step with the engine by a task listener in the same transaction.
-- Inboxes read this table (joined to case_file by primary key), never engine variable queries.
CREATE TABLE task_inbox (
    task_id         VARCHAR(64) NOT NULL PRIMARY KEY,
    case_id         BIGINT      NOT NULL,
    unit_id         BIGINT      NOT NULL,
    task_key        VARCHAR(64) NOT NULL,
    candidate_group VARCHAR(30) NULL,                  -- a role, or HANDLER = the case's handlers
    assignee_id     BIGINT      NULL,
    created_at      DATETIME    NOT NULL,
    due_date        DATE        NULL
);
CREATE INDEX ix_task_inbox_assignee ON task_inbox (assignee_id, created_at);
CREATE INDEX ix_task_inbox_group ON task_inbox (unit_id, candidate_group, assignee_id, created_at);
CREATE INDEX ix_task_inbox_case ON task_inbox (case_id);
