-- Reconsiderations (行政复议) and suits (行政诉讼) against a case's decision, with their outcomes: they pause the
-- late-payment surcharge while open, take the publication down when the decision is changed or revoked, and are
-- counted in the annual statistics.
CREATE TABLE case_remedy (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    kind VARCHAR(20) NOT NULL,
    filed_on DATE NOT NULL,
    body VARCHAR(200) NOT NULL,
    note TEXT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME NOT NULL,
    ended_on DATE NULL,
    outcome VARCHAR(20) NULL,
    outcome_note TEXT NULL,
    ended_by BIGINT NULL,
    ended_at DATETIME NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_case_remedy_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_remedy_case ON case_remedy (case_id, id);
CREATE INDEX ix_case_remedy_filed ON case_remedy (filed_on);
