-- The statutory clock on cases: pauses and extensions of the decision period, the computed deadlines of every case
-- (a read model recomputed on every change), evidence preservations (先行登记保存) and notifications.
CREATE TABLE case_clock_event (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,          -- PAUSE_HEARING | PAUSE_APPRAISAL | PAUSE_SUSPENSION | EXTENSION_HEAD | EXTENSION_COLLECTIVE
    start_date  DATE         NOT NULL,
    end_date    DATE         NULL,              -- pauses: NULL while running
    days        INT          NULL,              -- extensions: calendar days added
    reason      TEXT         NOT NULL,
    approved_by BIGINT       NOT NULL,
    recorded_by BIGINT       NOT NULL,
    recorded_at DATETIME     NOT NULL,
    CONSTRAINT fk_clock_event_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_clock_event_case ON case_clock_event (case_id, id);

CREATE TABLE case_deadline (
    case_id    BIGINT      NOT NULL,
    kind       VARCHAR(20) NOT NULL,            -- VERIFICATION | DECISION | STATEMENT | SERVICE | PAYMENT | CLOSING
    unit_id    BIGINT      NOT NULL,
    start_date DATE        NOT NULL,
    due_date   DATE        NOT NULL,
    confirmed  BOOLEAN     NOT NULL,
    open       BOOLEAN     NOT NULL,
    PRIMARY KEY (case_id, kind),
    CONSTRAINT fk_case_deadline_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_deadline_open_due ON case_deadline (open, due_date);
CREATE INDEX ix_case_deadline_unit ON case_deadline (unit_id, open, due_date);

CREATE TABLE evidence_preservation (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT      NOT NULL,
    items               TEXT        NOT NULL,   -- 物品清单
    storage_place       VARCHAR(200) NOT NULL,
    approved_by         BIGINT      NOT NULL,   -- head's prior approval (Art. 56)
    recorded_by         BIGINT      NOT NULL,
    started_date        DATE        NOT NULL,
    due_date            DATE        NOT NULL,
    confirmed           BOOLEAN     NOT NULL,
    outcome             VARCHAR(20) NULL,       -- RECORDED | APPRAISAL | SEIZED | CONFISCATED | RELEASED | LAPSED
    outcome_at          DATETIME    NULL,
    outcome_by          BIGINT      NULL,       -- NULL when lapsed automatically
    process_instance_id VARCHAR(64) NULL,
    CONSTRAINT fk_preservation_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_preservation_case ON evidence_preservation (case_id);

CREATE TABLE notification (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT       NOT NULL,
    case_id    BIGINT       NULL,
    kind       VARCHAR(30)  NOT NULL,           -- DEADLINE_WARNING | DEADLINE_OVERDUE | PRESERVATION_LAPSED | CALENDAR_MISSING
    subject    VARCHAR(30)  NULL,               -- the deadline kind
    due_date   DATE         NULL,
    message    VARCHAR(500) NOT NULL,
    created_at DATETIME     NOT NULL,
    read_at    DATETIME     NULL,
    CONSTRAINT fk_notification_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_notification_user ON notification (user_id, read_at, id);

ALTER TABLE case_file ADD COLUMN executed_date DATE NULL;
