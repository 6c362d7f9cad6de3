-- Service with legal effect (送达) and the limitation of Art. 36 (追责时效), issue #12 items 1 and 5; decision 0020.
--
-- notice_served_date and served_date keep their meaning for every later window: the date the document counts as
-- served (视为送达). For 公告送达 that is the publication date + 30 days; for the other methods the date entered.
-- The date the officer entered (handed over, left, postal receipt, arrival, publication) and what backs it (postal
-- receipt number, electronic address, the reason other methods were impossible) are kept beside it.
ALTER TABLE case_file ADD COLUMN notice_delivered_date DATE NULL;
ALTER TABLE case_file ADD COLUMN notice_service_note VARCHAR(2000) NULL;
ALTER TABLE case_file ADD COLUMN service_delivered_date DATE NULL;
ALTER TABLE case_file ADD COLUMN service_note VARCHAR(2000) NULL;
-- Art. 36: the end of a continuing act, the 5-year classification, and a head's legal ground for filing anyway
ALTER TABLE case_file ADD COLUMN act_end_date DATE NULL;
ALTER TABLE case_file ADD COLUMN limitation_class VARCHAR(20) NULL;
ALTER TABLE case_file ADD COLUMN limitation_ground VARCHAR(2000) NULL;

-- 送达地址确认书: the party's confirmed service address and, when given, the consent to electronic service with the
-- electronic address (行政处罚法 Art. 61 ¶2). The latest confirmation of a case is the one in force.
CREATE TABLE case_service_address (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    party_name VARCHAR(100) NOT NULL,
    postal_address VARCHAR(200) NOT NULL,
    electronic_consent BOOLEAN NOT NULL,
    electronic_address VARCHAR(200) NULL,
    signed_on DATE NOT NULL,
    recorded_by BIGINT NOT NULL,
    recorded_at DATETIME NOT NULL,
    CONSTRAINT fk_case_service_address_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_service_address_case ON case_service_address (case_id, id);
