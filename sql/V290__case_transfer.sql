-- Transfer for suspected crime (移送涉嫌犯罪案件) as its own path, and transfer to the competent agency (移送管辖)
-- (issue #12 item 6, decision 0028). 行政执法机关移送涉嫌犯罪案件的规定 Art. 5–6: a written report by ≥ 2 officers,
-- the principal head decides within 3 days, handover within 24 hours with the transfer letter and the list of items,
-- then the receiving organ accepts or refuses (or returns the case for administrative handling, 行刑反向衔接).
CREATE TABLE case_transfer (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    kind VARCHAR(12) NOT NULL,                -- CRIME (涉嫌犯罪移送) | JURISDICTION (移送有管辖权的行政机关)
    officers VARCHAR(200) NULL,               -- the officers named in the report, comma-separated user ids
    facts TEXT NOT NULL,
    suspected_crime VARCHAR(200) NULL,
    items TEXT NULL,                          -- 涉案物品清单
    reported_by BIGINT NOT NULL,
    reported_at DATETIME NOT NULL,
    decision_due DATE NULL,                   -- 3 days from the report (calendar, StatutoryPeriod.CRIME_TRANSFER_DECISION)
    decision_confirmed BOOLEAN NOT NULL DEFAULT TRUE,
    decision VARCHAR(12) NULL,                -- APPROVED | REJECTED
    decision_opinion TEXT NULL,
    decided_by BIGINT NULL,
    decided_at DATETIME NULL,
    decided_late BOOLEAN NOT NULL DEFAULT FALSE,
    handover_due DATETIME NULL,               -- 24 hours from the decision (exact)
    receiving_organ VARCHAR(200) NULL,
    handed_over_at DATETIME NULL,
    letter_no VARCHAR(80) NULL,               -- 涉嫌犯罪案件移送书 number
    handover_items TEXT NULL,
    handed_over_by BIGINT NULL,
    handover_late BOOLEAN NOT NULL DEFAULT FALSE,
    receipt VARCHAR(12) NULL,                 -- ACCEPTED | REFUSED | RETURNED
    receipt_date DATE NULL,
    receipt_note TEXT NULL,
    receipt_by BIGINT NULL,
    receipt_recorded_at DATETIME NULL,
    CONSTRAINT fk_case_transfer_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_transfer_case ON case_transfer (case_id, id);
