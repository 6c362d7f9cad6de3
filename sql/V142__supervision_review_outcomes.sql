-- Read model of legal-review outcomes (法制审核结果) for the cockpit, kept by the supervision feature from the review
-- feature's published rounds whenever a case's step completes (no join into the review tables).
CREATE TABLE sv_review_outcome (
    case_id BIGINT NOT NULL,
    round_no INT NOT NULL,
    unit_id BIGINT NOT NULL,
    outcome VARCHAR(20) NOT NULL,
    reviewed_on DATE NOT NULL,
    PRIMARY KEY (case_id, round_no)
);
CREATE INDEX ix_sv_review_outcome_unit ON sv_review_outcome (unit_id, reviewed_on);
CREATE INDEX ix_sv_review_outcome_day ON sv_review_outcome (reviewed_on, outcome);
