-- Preservation and seizure with the head acting (issue #12 item 7, decision 0024).
-- 先行登记保存: the handler requests (or, when urgent, records the act and reports within 24 hours); a head of the unit
-- who is not a handler approves or refuses in the system. Until approved there is no approver, no start and no
-- handling deadline.
ALTER TABLE evidence_preservation MODIFY COLUMN approved_by BIGINT NULL;
ALTER TABLE evidence_preservation MODIFY COLUMN started_date DATE NULL;
ALTER TABLE evidence_preservation MODIFY COLUMN due_date DATE NULL;
ALTER TABLE evidence_preservation ADD COLUMN reason VARCHAR(2000) NULL;
ALTER TABLE evidence_preservation ADD COLUMN urgent BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE evidence_preservation ADD COLUMN requested_at DATETIME NULL;
ALTER TABLE evidence_preservation ADD COLUMN report_due_at DATETIME NULL;
-- PENDING | APPROVED | REFUSED; rows from before were approved when recorded
ALTER TABLE evidence_preservation ADD COLUMN approval VARCHAR(12) NOT NULL DEFAULT 'APPROVED';
ALTER TABLE evidence_preservation ADD COLUMN approved_at DATETIME NULL;
ALTER TABLE evidence_preservation ADD COLUMN approval_opinion VARCHAR(2000) NULL;

-- 查封、扣押 (行政强制法 Art. 18–19, 24–25, 27–28): the head's decision with its list, place and term (calendar days,
-- Art. 69), one extension by a head, then release or a handling decision.
CREATE TABLE case_seizure (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    kind VARCHAR(12) NOT NULL,            -- SEAL (查封) | SEIZE (扣押)
    items TEXT NOT NULL,                  -- 清单
    place VARCHAR(200) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    decided_by BIGINT NOT NULL,
    decided_at DATETIME NOT NULL,
    start_date DATE NOT NULL,
    term_days INT NOT NULL,
    due_date DATE NOT NULL,
    confirmed BOOLEAN NOT NULL,
    extension_days INT NULL,
    extension_reason VARCHAR(2000) NULL,
    extended_by BIGINT NULL,
    extended_at DATETIME NULL,
    outcome VARCHAR(12) NULL,             -- RELEASED | CONFISCATED | DESTROYED
    outcome_reason VARCHAR(2000) NULL,
    outcome_by BIGINT NULL,
    outcome_at DATETIME NULL,
    CONSTRAINT fk_case_seizure_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_seizure_case ON case_seizure (case_id, id);
