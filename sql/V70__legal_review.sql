-- Legal review (法制审核), advance notice content, hearing (听证) and the requirement snapshots of a case.

-- 重大执法决定法制审核目录清单: one row per rule; thresholds per party kind (NULL = the rule does not use amounts).
CREATE TABLE review_catalogue_rule (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    rule_type          VARCHAR(30)    NOT NULL,  -- FINE_AMOUNT | CONFISCATION_AMOUNT | REVOCATION | SUSPENSION | HEARING_HELD | MARKED_MAJOR | LISTED_ITEM
    label              VARCHAR(200)   NOT NULL,
    threshold_person   DECIMAL(14, 2) NULL,
    threshold_org      DECIMAL(14, 2) NULL,
    item_id            BIGINT         NULL,      -- LISTED_ITEM: the violation item
    legal_basis        TEXT           NULL,
    active             BOOLEAN        NOT NULL DEFAULT TRUE,
    updated_by         BIGINT         NULL,
    updated_at         DATETIME       NULL,
    CONSTRAINT fk_review_rule_item FOREIGN KEY (item_id) REFERENCES violation_item (id)
);
INSERT INTO review_catalogue_rule (rule_type, label, threshold_person, threshold_org, legal_basis, active) VALUES
 ('FINE_AMOUNT', '较大数额罚款', 10000.00, 100000.00, '国办发〔2018〕118号 §四(十二)；本机关法制审核目录清单', TRUE),
 ('CONFISCATION_AMOUNT', '没收较大数额违法所得、非法财物', 10000.00, 100000.00, '国办发〔2018〕118号 §四(十二)；本机关法制审核目录清单', TRUE),
 ('REVOCATION', '吊销许可证件', NULL, NULL, '行政处罚法第58条第1款第(四)项；本机关法制审核目录清单', TRUE),
 ('SUSPENSION', '责令停产停业、责令关闭', NULL, NULL, '行政处罚法第58条第1款第(四)项；本机关法制审核目录清单', TRUE),
 ('HEARING_HELD', '经过听证程序', NULL, NULL, '行政处罚法第58条第1款第(二)项', TRUE),
 ('MARKED_MAJOR', '承办人或负责人标记：涉及重大公共利益、情况疑难复杂或涉及多个法律关系', NULL, NULL, '行政处罚法第58条第1款第(一)(三)项', TRUE);

-- 法制审核人员资格: the qualification record of each legal reviewer.
CREATE TABLE reviewer_qualification (
    user_id        BIGINT       NOT NULL PRIMARY KEY,
    certificate_no VARCHAR(60)  NULL,           -- 法律职业资格证书编号
    appointed_on   DATE         NOT NULL,       -- date first engaged in legal review
    qualified      BOOLEAN      NOT NULL,       -- passed the national unified legal professional qualification exam
    recorded_by    BIGINT       NOT NULL,
    recorded_at    DATETIME     NOT NULL,
    CONSTRAINT fk_reviewer_qual_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);

-- 回避: a request that a legal reviewer stays out of one case, decided by a head.
CREATE TABLE reviewer_recusal (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id         BIGINT       NOT NULL,
    reviewer_id     BIGINT       NOT NULL,
    requested_by    BIGINT       NOT NULL,
    reason          TEXT         NOT NULL,
    requested_at    DATETIME     NOT NULL,
    status          VARCHAR(20)  NOT NULL,      -- REQUESTED | GRANTED | REFUSED
    decided_by      BIGINT       NULL,
    decision_reason TEXT         NULL,
    decided_at      DATETIME     NULL,
    CONSTRAINT fk_recusal_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_recusal_reviewer FOREIGN KEY (reviewer_id) REFERENCES app_user (id)
);
CREATE INDEX ix_recusal_case ON reviewer_recusal (case_id, reviewer_id);

-- One row per legal-review round, with the 118号 checklist in legal_review_point.
CREATE TABLE legal_review_round (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    round_no    INT          NOT NULL,
    reviewer_id BIGINT       NOT NULL,
    outcome     VARCHAR(20)  NOT NULL,          -- AGREE | SUPPLEMENT | CORRECT | TRANSFER
    opinion     TEXT         NOT NULL,
    started_on  DATE         NULL,
    due_date    DATE         NULL,
    reviewed_at DATETIME     NOT NULL,
    CONSTRAINT fk_review_round_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT uk_review_round UNIQUE (case_id, round_no)
);
CREATE TABLE legal_review_point (
    round_id BIGINT       NOT NULL,
    check_point VARCHAR(30) NOT NULL,             -- BODY | OFFICERS | PROCEDURE | FACTS_EVIDENCE | LAW_DISCRETION | COMPETENCE | DOCUMENTS | CRIME_TRANSFER
    passed   BOOLEAN      NOT NULL,
    remark   TEXT         NULL,
    PRIMARY KEY (round_id, check_point),
    CONSTRAINT fk_review_point_round FOREIGN KEY (round_id) REFERENCES legal_review_round (id)
);

-- The advance notice as served (what the party was told), one row per notice.
CREATE TABLE advance_notice (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id           BIGINT         NOT NULL,
    served_date       DATE           NOT NULL,
    proposed_outcome  VARCHAR(20)    NOT NULL,
    fine              DECIMAL(14, 2) NULL,
    confiscation      DECIMAL(14, 2) NULL,
    facts             TEXT           NULL,
    reasons           TEXT           NULL,
    basis             TEXT           NULL,
    hearing_eligible  BOOLEAN        NOT NULL,
    hearing_reason    TEXT           NULL,
    created_by        BIGINT         NOT NULL,
    created_at        DATETIME       NOT NULL,
    CONSTRAINT fk_advance_notice_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_advance_notice_case ON advance_notice (case_id, id);

-- 听证: requested, scheduled, held (or terminated by absence).
CREATE TABLE case_hearing (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id             BIGINT       NOT NULL,
    requested_on        DATE         NOT NULL,
    presiding_id        BIGINT       NULL,
    hearing_date        DATE         NULL,
    place               VARCHAR(200) NULL,
    notice_served_on    DATE         NULL,
    agents              VARCHAR(400) NULL,
    status              VARCHAR(20)  NOT NULL,  -- REQUESTED | SCHEDULED | HELD | ABSENT
    transcript          TEXT         NULL,
    attendance          TEXT         NULL,
    CONSTRAINT fk_case_hearing_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_hearing_case ON case_hearing (case_id, id);

-- The last evaluation of "is review / hearing / deliberation required, and why" for a case.
CREATE TABLE case_requirement (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    kind         VARCHAR(20)  NOT NULL,         -- REVIEW | HEARING | DELIBERATION
    code         VARCHAR(30)  NOT NULL,
    reason       TEXT         NOT NULL,
    evaluated_at DATETIME     NOT NULL,
    CONSTRAINT fk_case_requirement_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_case_requirement_case ON case_requirement (case_id, kind);

-- The investigation report's "departs from the discretion benchmark" flag (国办发〔2022〕27号 §十二).
ALTER TABLE case_file ADD COLUMN benchmark_departure BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE case_file ADD COLUMN benchmark_departure_reason TEXT NULL;

-- The one extension of a legal-review round's time limit, approved by a head.
CREATE TABLE review_extension (
    case_id     BIGINT       NOT NULL,
    round_no    INT          NOT NULL,
    reason      TEXT         NOT NULL,
    approved_by BIGINT       NOT NULL,
    approved_at DATETIME     NOT NULL,
    PRIMARY KEY (case_id, round_no),
    CONSTRAINT fk_review_extension_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
-- A handler or head referred the case for collective deliberation (the HEAD_REFERRAL trigger), apart from
-- deliberation_required, which also becomes true when another configured trigger matches.
ALTER TABLE case_file ADD COLUMN deliberation_referred BOOLEAN NOT NULL DEFAULT FALSE;
