-- The case file (案件) with parties, handlers, documents, stage history and the case-number sequence.
CREATE TABLE case_file (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_no             VARCHAR(64)    NULL,           -- assigned on filing (立案)
    unit_id             BIGINT         NOT NULL,
    procedure_type      VARCHAR(20)    NOT NULL,       -- ORDINARY
    stage               VARCHAR(30)    NOT NULL,
    lead_source         VARCHAR(20)    NOT NULL,
    lead_summary        TEXT  NOT NULL,
    location            VARCHAR(200)   NULL,
    item_id             BIGINT         NULL,
    party_name          VARCHAR(100)   NULL,           -- first party, denormalised for lists
    act_date            DATE           NULL,
    discovered_date     DATE           NOT NULL,
    filed_date          DATE           NULL,
    decided_date        DATE           NULL,
    served_date         DATE           NULL,
    closed_date         DATE           NULL,
    archived_at         DATETIME       NULL,
    registered_by       BIGINT         NOT NULL,
    registered_at       DATETIME       NOT NULL,
    facts               TEXT  NULL,
    not_filed_reason    TEXT  NULL,
    proposed_outcome    VARCHAR(20)    NULL,
    proposed_fine       DECIMAL(14, 2) NULL,
    proposed_confiscation DECIMAL(14, 2) NULL,
    correction_order    TEXT  NULL,
    discretion_reason   TEXT  NULL,
    major               BOOLEAN        NOT NULL DEFAULT FALSE,
    major_reason        TEXT  NULL,
    deliberation_required BOOLEAN      NOT NULL DEFAULT FALSE,
    legal_review_passed BOOLEAN        NOT NULL DEFAULT FALSE,
    notified_fine       DECIMAL(14, 2) NULL,
    notice_served_date  DATE           NULL,
    notice_method       VARCHAR(20)    NULL,
    statement_summary   TEXT  NULL,
    statement_waived    BOOLEAN        NULL,
    review_opinion      TEXT  NULL,
    legal_review_opinion TEXT NULL,
    deliberation_resolution TEXT NULL,
    decided_outcome     VARCHAR(20)    NULL,
    decided_fine        DECIMAL(14, 2) NULL,
    decided_confiscation DECIMAL(14, 2) NULL,
    decided_by          BIGINT         NULL,
    service_method      VARCHAR(20)    NULL,
    paid_amount         DECIMAL(14, 2) NULL,
    paid_date           DATE           NULL,
    execution_note      TEXT  NULL,
    closing_summary     TEXT  NULL,
    process_instance_id VARCHAR(64)    NULL,
    version             INT            NOT NULL DEFAULT 0,
    CONSTRAINT uk_case_file_no UNIQUE (case_no),
    CONSTRAINT fk_case_file_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_case_file_item FOREIGN KEY (item_id) REFERENCES violation_item (id),
    CONSTRAINT fk_case_file_registered_by FOREIGN KEY (registered_by) REFERENCES app_user (id)
);
CREATE INDEX ix_case_file_unit_stage ON case_file (unit_id, stage, registered_at);
CREATE INDEX ix_case_file_party ON case_file (party_name);
CREATE INDEX ix_case_file_registered ON case_file (registered_at);
CREATE INDEX ix_case_file_filed ON case_file (filed_date);

CREATE TABLE case_party (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id   BIGINT       NOT NULL,
    kind      VARCHAR(20)  NOT NULL,                   -- NATURAL_PERSON | ORGANIZATION
    name      VARCHAR(100) NOT NULL,
    id_type   VARCHAR(20)  NOT NULL,                   -- ID_CARD | CREDIT_CODE | PASSPORT | OTHER
    id_no     VARCHAR(50)  NULL,
    phone     VARCHAR(30)  NULL,
    address   VARCHAR(200) NULL,
    CONSTRAINT fk_case_party_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_party_case ON case_party (case_id);
CREATE INDEX ix_case_party_name ON case_party (name);

CREATE TABLE case_handler (
    case_id BIGINT      NOT NULL,
    user_id BIGINT      NOT NULL,
    role    VARCHAR(20) NOT NULL,                      -- LEAD (主办) | ASSIST (协办)
    PRIMARY KEY (case_id, user_id),
    CONSTRAINT fk_case_handler_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_case_handler_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_case_handler_user ON case_handler (user_id);

CREATE TABLE case_document (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT       NOT NULL,
    doc_type   VARCHAR(40)  NOT NULL,
    title      VARCHAR(200) NOT NULL,
    doc_no     VARCHAR(80)  NULL,
    stage      VARCHAR(30)  NOT NULL,
    created_by BIGINT       NOT NULL,
    created_at DATETIME     NOT NULL,
    CONSTRAINT fk_case_document_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_document_case ON case_document (case_id);

CREATE TABLE case_stage_history (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT        NOT NULL,
    from_stage VARCHAR(30)   NULL,
    to_stage   VARCHAR(30)   NOT NULL,
    action     VARCHAR(40)   NOT NULL,
    actor_id   BIGINT        NULL,                     -- NULL: done by the system (e.g. an automatic lapse)
    occurred_at DATETIME     NOT NULL,
    comment    TEXT          NULL,
    CONSTRAINT fk_case_stage_history_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_stage_history_case ON case_stage_history (case_id, id);

CREATE TABLE case_number_seq (
    unit_id BIGINT NOT NULL,
    seq_year INT   NOT NULL,
    next_no INT    NOT NULL,
    PRIMARY KEY (unit_id, seq_year)
);
