-- Publicity (行政执法公示): decision publications with their redacted public text, and the annual statistics reports.
-- Only rows with status PUBLISHED (and display_until not passed) are ever read by the public pages, and only through
-- public_id (random, unguessable); id and case_id never leave the officers' side.
CREATE TABLE publication (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id            VARCHAR(40)   NOT NULL,
    case_id              BIGINT        NOT NULL,
    unit_id              BIGINT        NOT NULL,
    status               VARCHAR(20)   NOT NULL,   -- DRAFT | EXCLUDED | PUBLISHED | WITHDRAWN | TAKEN_DOWN
    outcome              VARCHAR(20)   NOT NULL,
    penalty              BOOLEAN       NOT NULL,   -- 7 working days (penalty) or 20 (other decisions)
    natural_person       BOOLEAN       NOT NULL,   -- display period 2 years instead of 5
    decided_date         DATE          NOT NULL,
    due_date             DATE          NOT NULL,
    due_confirmed        BOOLEAN       NOT NULL,
    doc_no               VARCHAR(80)   NULL,
    body_name            VARCHAR(100)  NOT NULL,   -- 执法主体
    item_id              BIGINT        NULL,
    item_name            VARCHAR(200)  NULL,       -- 执法类别 / 事项
    party_text           VARCHAR(200)  NOT NULL,   -- redacted
    facts_text           TEXT          NOT NULL,   -- redacted
    basis_text           TEXT          NULL,
    conclusion_text      TEXT          NOT NULL,
    redaction_summary    VARCHAR(500)  NULL,
    reviewed_by          BIGINT        NULL,
    reviewed_at          DATETIME      NULL,
    exclusion            VARCHAR(30)   NULL,       -- MINOR | STATE_SECRET | COMMERCIAL_SECRET | PRIVACY | SECURITY | RELATED_INVESTIGATION | CRIME_TRANSFER | OTHER_LAW
    exclusion_note       TEXT          NULL,
    published_at         DATETIME      NULL,
    published_date       DATE          NULL,
    published_by         BIGINT        NULL,
    published_late       BOOLEAN       NOT NULL DEFAULT FALSE,
    display_until        DATE          NULL,
    withdrawal_reason    VARCHAR(30)   NULL,       -- CHANGED | REVOKED | CONFIRMED_ILLEGAL | VOID
    withdrawal_note      TEXT          NULL,       -- the public explanation
    decision_changed_on  DATE          NULL,
    withdrawal_due_date  DATE          NULL,
    withdrawn_at         DATETIME      NULL,
    withdrawn_by         BIGINT        NULL,
    withdrawn_late       BOOLEAN       NOT NULL DEFAULT FALSE,
    taken_down_at        DATETIME      NULL,
    process_instance_id  VARCHAR(64)   NULL,
    version              INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_publication_public_id UNIQUE (public_id),
    CONSTRAINT uk_publication_case UNIQUE (case_id),
    CONSTRAINT fk_publication_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_publication_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_publication_status_date ON publication (status, published_date);
CREATE INDEX ix_publication_item ON publication (status, item_id, published_date);
CREATE INDEX ix_publication_unit ON publication (unit_id, status, due_date);

CREATE TABLE annual_report (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    public_id     VARCHAR(40)  NOT NULL,
    unit_id       BIGINT       NOT NULL,
    report_year   INT          NOT NULL,
    status        VARCHAR(20)  NOT NULL,   -- DRAFT | APPROVED | PUBLISHED
    due_date      DATE         NOT NULL,   -- 31 January of the next year
    content       TEXT         NOT NULL,   -- JSON of the figures
    drafted_by    BIGINT       NOT NULL,
    drafted_at    DATETIME     NOT NULL,
    approved_by   BIGINT       NULL,
    approved_at   DATETIME     NULL,
    published_at  DATETIME     NULL,
    published_by  BIGINT       NULL,
    CONSTRAINT uk_annual_report_public_id UNIQUE (public_id),
    CONSTRAINT uk_annual_report_unit_year UNIQUE (unit_id, report_year),
    CONSTRAINT fk_annual_report_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
