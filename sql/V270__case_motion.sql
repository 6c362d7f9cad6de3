-- Exits and corrections of a filed case (issue #12 item 8, decision 0025): a request on the case decided by a head who
-- is not a handler — 撤销立案 / 终止调查 (EXIT, with its ground), the approval of a late decision after the decision
-- period ran out (LATE_DECISION, recorded approved; read by supervision through v_casefile_late_decision) and 回避
-- (RECUSAL of a handler or the hearing presider, on the party's application or the person's own, 行政处罚法 Art. 43).
CREATE TABLE case_motion (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    ground VARCHAR(40) NULL,
    subject_user_id BIGINT NULL,
    subject_role VARCHAR(20) NULL,
    due_date DATE NULL,
    reason TEXT NOT NULL,
    requested_by BIGINT NOT NULL,
    requested_at DATETIME NOT NULL,
    approved BOOLEAN NULL,
    decided_by BIGINT NULL,
    decided_at DATETIME NULL,
    opinion TEXT NULL,
    successor_user_id BIGINT NULL,
    CONSTRAINT fk_case_motion_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_motion_case ON case_motion (case_id, kind, id);

-- casefile publishes the approved late decisions for supervision (its count of late decisions).
CREATE VIEW v_casefile_late_decision AS
SELECT id, case_id, due_date, decided_by, decided_at, reason FROM case_motion
WHERE kind = 'LATE_DECISION' AND approved = TRUE;
