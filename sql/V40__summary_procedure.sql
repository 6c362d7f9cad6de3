-- 简易程序 (summary procedure): the on-the-spot decision of a case_file row with procedure_type 'SUMMARY'
-- (the case row carries unit, party, item, handlers, stage and history like every case), and its numbering sequence.
CREATE TABLE summary_decision (
    case_id            BIGINT         NOT NULL PRIMARY KEY,
    unit_id            BIGINT         NOT NULL,
    decision_no        VARCHAR(64)    NOT NULL,           -- 当场行政处罚决定书 number, serial per unit and year
    seq_year           INT            NOT NULL,
    seq_no             INT            NOT NULL,
    party_kind         VARCHAR(20)    NOT NULL,           -- NATURAL_PERSON | ORGANIZATION (threshold 200 / 3,000)
    penalty            VARCHAR(20)    NOT NULL,           -- WARNING | FINE
    fine               DECIMAL(14, 2) NULL,
    violation          TEXT           NOT NULL,           -- 违法事实
    legal_basis        TEXT           NOT NULL,           -- 处罚种类和依据
    place              VARCHAR(200)   NOT NULL,
    decided_at         DATETIME       NOT NULL,
    officer_ids        VARCHAR(100)   NOT NULL,           -- the two officers' user ids, comma separated
    officers           VARCHAR(200)   NOT NULL,           -- the officers' names (signatures of the decision)
    certificates       VARCHAR(400)   NOT NULL,           -- the certificate numbers shown (Art. 52)
    statement          TEXT           NULL,               -- 当事人陈述、申辩
    statement_refused  BOOLEAN        NOT NULL,
    party_signed       BOOLEAN        NOT NULL,           -- false: refusal to sign noted on the decision
    remedy             TEXT           NOT NULL,           -- 复议/诉讼 route and time limit
    agency_name        VARCHAR(200)   NOT NULL,
    collected          BOOLEAN        NOT NULL,           -- 当场收缴 (Art. 68)
    collection_reason  VARCHAR(20)    NULL,               -- SMALL_AMOUNT | HARD_LATER
    receipt_no         VARCHAR(64)    NULL,               -- 财政票据
    hand_in_due        DATE           NULL,               -- Art. 71: 2 working days
    handed_in_date     DATE           NULL,
    filing_due         DATE           NOT NULL,           -- 备案 (SUMMARY_FILING)
    filed_date         DATE           NULL,
    filed_by           BIGINT         NULL,
    filing_late        BOOLEAN        NOT NULL DEFAULT FALSE,
    complaint_id       BIGINT         NULL,
    CONSTRAINT uk_summary_decision_no UNIQUE (decision_no),
    CONSTRAINT uk_summary_decision_seq UNIQUE (unit_id, seq_year, seq_no),
    CONSTRAINT fk_summary_decision_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_summary_decision_complaint ON summary_decision (complaint_id);

CREATE TABLE summary_number_seq (
    unit_id  BIGINT NOT NULL,
    seq_year INT    NOT NULL,
    next_no  INT    NOT NULL,
    PRIMARY KEY (unit_id, seq_year)
);
