-- 投诉举报: complaints from the 12345 hotline, walk-ins, the public web form and the API; verification, reply and the
-- outcome (no violation, corrected, summary procedure, or converted to an ordinary case — 诉转案).
CREATE TABLE complaint (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_no        VARCHAR(64)   NOT NULL,
    unit_id             BIGINT        NOT NULL,
    channel             VARCHAR(20)   NOT NULL,           -- HOTLINE_12345 | WALK_IN | WEB | API
    external_ref        VARCHAR(64)   NULL,               -- e.g. the 12345 work-order number
    complainant_name    VARCHAR(100)  NULL,
    complainant_phone   VARCHAR(30)   NULL,
    reply_required      BOOLEAN       NOT NULL,
    place               VARCHAR(200)  NOT NULL,
    place_key           VARCHAR(200)  NOT NULL,           -- normalised place for de-duplication hints
    party_name          VARCHAR(100)  NULL,
    item_id             BIGINT        NULL,
    content             TEXT          NOT NULL,
    received_at         DATETIME      NOT NULL,
    registered_by       BIGINT        NULL,               -- NULL: the public web form
    matter_id           BIGINT        NULL,               -- repeated complaints about one matter share the first one's id
    status              VARCHAR(20)   NOT NULL,           -- ASSIGNING | VERIFYING | REPLYING | CLOSED
    verifier_id         BIGINT        NULL,
    verify_due          DATE          NOT NULL,
    verified_at         DATETIME      NULL,
    outcome             VARCHAR(20)   NULL,               -- NO_VIOLATION | CORRECTED | SUMMARY | CASE
    outcome_note        TEXT          NULL,
    case_id             BIGINT        NULL,               -- the ordinary or summary case it led to
    reply_due           DATE          NULL,
    reply               TEXT          NULL,
    reply_method        VARCHAR(20)   NULL,
    replied_at          DATETIME      NULL,
    replied_by          BIGINT        NULL,
    late_warned         VARCHAR(40)   NULL,
    process_instance_id VARCHAR(64)   NULL,
    version             INT           NOT NULL DEFAULT 0,
    CONSTRAINT uk_complaint_no UNIQUE (complaint_no),
    CONSTRAINT fk_complaint_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id),
    CONSTRAINT fk_complaint_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_complaint_unit_received ON complaint (unit_id, received_at);
CREATE INDEX ix_complaint_place ON complaint (unit_id, place_key, received_at);
CREATE INDEX ix_complaint_party ON complaint (unit_id, party_name, received_at);
CREATE INDEX ix_complaint_matter ON complaint (matter_id);
CREATE INDEX ix_complaint_case ON complaint (case_id);

CREATE TABLE complaint_number_seq (
    unit_id  BIGINT NOT NULL,
    seq_year INT    NOT NULL,
    next_no  INT    NOT NULL,
    PRIMARY KEY (unit_id, seq_year)
);
