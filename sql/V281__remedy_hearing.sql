-- 负责人出庭应诉 (行政诉讼法 Art. 3 ¶3; issue 12 item 4 (b), decision 0027): each hearing of a suit with who appeared for
-- the agency — a head of the unit, or another named official with the reason the head did not appear.
CREATE TABLE case_remedy_hearing (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    remedy_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    hearing_on DATE NOT NULL,
    attendee VARCHAR(100) NOT NULL,
    head_attended BOOLEAN NOT NULL,
    head_absent_reason TEXT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME NOT NULL,
    CONSTRAINT fk_remedy_hearing_remedy FOREIGN KEY (remedy_id) REFERENCES case_remedy (id),
    CONSTRAINT fk_remedy_hearing_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_remedy_hearing_case ON case_remedy_hearing (case_id, id);
