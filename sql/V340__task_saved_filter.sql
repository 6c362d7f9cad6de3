-- Issue 16 item 1: saved filters of the task centre (常用筛选) — a user's named filters on business data (procedure,
-- step, item, party, deadline light, handler), applied to his inbox or his unit's tasks. Personal: no record entry.
CREATE TABLE task_saved_filter (
    id             BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id        BIGINT      NOT NULL,
    name           VARCHAR(40) NOT NULL,
    procedure_type VARCHAR(20) NULL,
    task_key       VARCHAR(64) NULL,
    item_id        BIGINT      NULL,
    party          VARCHAR(50) NULL,
    light          VARCHAR(10) NULL,
    handler_id     BIGINT      NULL,
    created_at     DATETIME    NOT NULL,
    CONSTRAINT uq_task_saved_filter UNIQUE (user_id, name)
);
