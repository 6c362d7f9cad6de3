-- The execution end-game of a fine case (issue #12 item 3, decision 0021): every payment with its receipt, the fine
-- and the late-payment surcharge (加处罚款) kept apart; and the acts of execution — deferral or instalments (行政处罚法
-- Art. 66) with the head's decision, the 催告 (行政强制法 Art. 35, 54) with its service, the application to the people's
-- court (Art. 53, 55) with its acceptance and ruling, and the lawful termination (终结执行, Art. 40).
CREATE TABLE case_payment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    receipt_no VARCHAR(64) NOT NULL,
    fine_part DECIMAL(14, 2) NOT NULL,
    surcharge_part DECIMAL(14, 2) NOT NULL,
    paid_on DATE NOT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME NOT NULL,
    CONSTRAINT fk_case_payment_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT uq_case_payment_receipt UNIQUE (case_id, receipt_no)
);
CREATE INDEX ix_case_payment_case ON case_payment (case_id, paid_on);

CREATE TABLE case_execution_act (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    act_date DATE NOT NULL,
    doc_no VARCHAR(64) NULL,
    note TEXT NULL,
    days_requested INT NULL,
    instalments INT NULL,
    approved BOOLEAN NULL,
    decided_by BIGINT NULL,
    decided_on DATE NULL,
    decision_note TEXT NULL,
    new_due DATE NULL,
    served_method VARCHAR(20) NULL,
    delivered_date DATE NULL,
    served_date DATE NULL,
    service_note VARCHAR(2000) NULL,
    court VARCHAR(200) NULL,
    accepted_date DATE NULL,
    court_case_no VARCHAR(64) NULL,
    ruled_date DATE NULL,
    ruling VARCHAR(20) NULL,
    ruling_note TEXT NULL,
    ground VARCHAR(40) NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME NOT NULL,
    CONSTRAINT fk_case_execution_act_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_execution_act_case ON case_execution_act (case_id, id);
