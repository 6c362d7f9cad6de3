-- Supervision (执法监督): case-file review (案卷评查) with a versioned rubric, automatic pre-audit findings, review plans
-- with reproducible sampling, independent scores, per-unit reports with objection and re-check, rectification and
-- supervision letters. Decision record 0018.

-- The rubric (评查标准): a version is never edited; admins save a new one. Every score keeps the version it used.
CREATE TABLE sv_rubric (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    version INT NOT NULL,
    name VARCHAR(200) NOT NULL,
    excellent_from DECIMAL(6,2) NOT NULL,
    good_from DECIMAL(6,2) NOT NULL,
    pass_from DECIMAL(6,2) NOT NULL,
    note TEXT NULL,
    created_by BIGINT NULL,
    created_at DATETIME NOT NULL,
    CONSTRAINT uq_sv_rubric_version UNIQUE (version)
);
CREATE TABLE sv_rubric_section (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    rubric_id BIGINT NOT NULL,
    code VARCHAR(40) NOT NULL,
    title_zh VARCHAR(100) NOT NULL,
    title_en VARCHAR(100) NOT NULL,
    points DECIMAL(6,2) NOT NULL,
    ord INT NOT NULL,
    CONSTRAINT uq_sv_rubric_section UNIQUE (rubric_id, code),
    CONSTRAINT fk_sv_rubric_section FOREIGN KEY (rubric_id) REFERENCES sv_rubric (id)
);
CREATE TABLE sv_rubric_item (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    rubric_id BIGINT NOT NULL,
    section_code VARCHAR(40) NOT NULL,
    code VARCHAR(40) NOT NULL,
    title_zh VARCHAR(300) NOT NULL,
    title_en VARCHAR(300) NOT NULL,
    max_deduction DECIMAL(6,2) NOT NULL,
    veto BOOLEAN NOT NULL DEFAULT FALSE,
    basic BOOLEAN NOT NULL DEFAULT FALSE,
    ord INT NOT NULL,
    CONSTRAINT uq_sv_rubric_item UNIQUE (rubric_id, code),
    CONSTRAINT fk_sv_rubric_item FOREIGN KEY (rubric_id) REFERENCES sv_rubric (id)
);

-- Pre-audit (自动预审): the findings of one case, replaced as a whole when the case changes; sv_case_audit is the
-- per-case summary (read model for targeted picks and the cockpit).
CREATE TABLE sv_finding (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    kind VARCHAR(40) NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    deduction DECIMAL(6,2) NOT NULL,
    veto BOOLEAN NOT NULL DEFAULT FALSE,
    detail VARCHAR(500) NULL,
    found_at DATETIME NOT NULL
);
CREATE INDEX ix_sv_finding_case ON sv_finding (case_id);
CREATE INDEX ix_sv_finding_unit ON sv_finding (unit_id, kind);
CREATE TABLE sv_case_audit (
    case_id BIGINT PRIMARY KEY,
    unit_id BIGINT NOT NULL,
    audited_at DATETIME NOT NULL,
    findings INT NOT NULL,
    deduction DECIMAL(6,2) NOT NULL,
    veto BOOLEAN NOT NULL,
    millis INT NOT NULL DEFAULT 0
);
CREATE INDEX ix_sv_case_audit_unit ON sv_case_audit (unit_id, findings);

-- Review plans (评查计划): scope, method, sampling seed and population (so anyone can re-draw), targeted picks.
CREATE TABLE sv_plan (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    title VARCHAR(200) NOT NULL,
    method VARCHAR(10) NOT NULL,
    cross_review BOOLEAN NOT NULL DEFAULT FALSE,
    unit_ids VARCHAR(500) NOT NULL,
    period_from DATE NOT NULL,
    period_to DATE NOT NULL,
    procedures VARCHAR(100) NOT NULL,
    sample_size INT NULL,
    seed BIGINT NULL,
    population TEXT NULL,
    population_sha256 VARCHAR(64) NULL,
    targets VARCHAR(200) NULL,
    deadline DATE NOT NULL,
    rubric_id BIGINT NOT NULL,
    status VARCHAR(20) NOT NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME NOT NULL,
    drawn_at DATETIME NULL,
    version INT NOT NULL DEFAULT 0,
    CONSTRAINT fk_sv_plan_rubric FOREIGN KEY (rubric_id) REFERENCES sv_rubric (id)
);
CREATE TABLE sv_plan_case (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    case_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    case_no VARCHAR(100) NULL,
    pick VARCHAR(20) NOT NULL,
    draw_order INT NOT NULL,
    CONSTRAINT uq_sv_plan_case UNIQUE (plan_id, case_id),
    CONSTRAINT fk_sv_plan_case FOREIGN KEY (plan_id) REFERENCES sv_plan (id)
);
CREATE TABLE sv_assignment (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_case_id BIGINT NOT NULL,
    reviewer_id BIGINT NOT NULL,
    assigned_by BIGINT NOT NULL,
    assigned_at DATETIME NOT NULL,
    CONSTRAINT uq_sv_assignment UNIQUE (plan_case_id, reviewer_id),
    CONSTRAINT fk_sv_assignment FOREIGN KEY (plan_case_id) REFERENCES sv_plan_case (id)
);
CREATE INDEX ix_sv_assignment_reviewer ON sv_assignment (reviewer_id);

-- Scores (评分): one per reviewer and case, independent, signed; lines per rubric item with the reason.
CREATE TABLE sv_score (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_case_id BIGINT NOT NULL,
    reviewer_id BIGINT NOT NULL,
    rubric_id BIGINT NOT NULL,
    total DECIMAL(6,2) NOT NULL,
    veto BOOLEAN NOT NULL,
    basic_problem BOOLEAN NOT NULL,
    grade VARCHAR(12) NOT NULL,
    status VARCHAR(10) NOT NULL,
    opinion TEXT NULL,
    saved_at DATETIME NOT NULL,
    signed_at DATETIME NULL,
    CONSTRAINT uq_sv_score UNIQUE (plan_case_id, reviewer_id),
    CONSTRAINT fk_sv_score_case FOREIGN KEY (plan_case_id) REFERENCES sv_plan_case (id),
    CONSTRAINT fk_sv_score_rubric FOREIGN KEY (rubric_id) REFERENCES sv_rubric (id)
);
CREATE TABLE sv_score_line (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    score_id BIGINT NOT NULL,
    item_code VARCHAR(40) NOT NULL,
    deduction DECIMAL(6,2) NOT NULL,
    veto BOOLEAN NOT NULL,
    proposed DECIMAL(6,2) NULL,
    reason VARCHAR(500) NULL,
    CONSTRAINT fk_sv_score_line FOREIGN KEY (score_id) REFERENCES sv_score (id)
);
CREATE INDEX ix_sv_score_line ON sv_score_line (score_id);

-- The report per unit (一单位一问题清单), objection (异议) and re-check (复核), each with its working-day deadline.
CREATE TABLE sv_unit_report (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NOT NULL,
    unit_id BIGINT NOT NULL,
    advice TEXT NULL,
    issued_by BIGINT NOT NULL,
    issued_on DATE NOT NULL,
    objection_due DATE NOT NULL,
    CONSTRAINT uq_sv_unit_report UNIQUE (plan_id, unit_id),
    CONSTRAINT fk_sv_unit_report FOREIGN KEY (plan_id) REFERENCES sv_plan (id)
);
CREATE TABLE sv_objection (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id BIGINT NOT NULL,
    plan_case_id BIGINT NULL,
    reason TEXT NOT NULL,
    filed_by BIGINT NOT NULL,
    filed_on DATE NOT NULL,
    recheck_due DATE NOT NULL,
    status VARCHAR(12) NOT NULL,
    reply TEXT NULL,
    replied_by BIGINT NULL,
    replied_on DATE NULL,
    CONSTRAINT fk_sv_objection FOREIGN KEY (report_id) REFERENCES sv_unit_report (id)
);

-- Rectification (整改), run by bpmn/rectification.bpmn; supervision letters (提醒函 / 督办函).
CREATE TABLE sv_rectification (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    plan_id BIGINT NULL,
    case_id BIGINT NULL,
    unit_id BIGINT NOT NULL,
    problem TEXT NOT NULL,
    advice TEXT NULL,
    deadline DATE NOT NULL,
    assignee_id BIGINT NULL,
    reviewer_id BIGINT NOT NULL,
    status VARCHAR(12) NOT NULL,
    fix_note TEXT NULL,
    fixed_by BIGINT NULL,
    fixed_on DATE NULL,
    recheck_note TEXT NULL,
    rounds INT NOT NULL DEFAULT 0,
    process_instance_id VARCHAR(64) NULL,
    created_by BIGINT NOT NULL,
    created_at DATETIME NOT NULL,
    closed_on DATE NULL,
    version INT NOT NULL DEFAULT 0
);
CREATE INDEX ix_sv_rectification_unit ON sv_rectification (unit_id, status);
CREATE TABLE sv_letter (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind VARCHAR(10) NOT NULL,
    unit_id BIGINT NOT NULL,
    case_id BIGINT NULL,
    rectification_id BIGINT NULL,
    subject VARCHAR(200) NOT NULL,
    body TEXT NOT NULL,
    reply_due DATE NOT NULL,
    sent_by BIGINT NOT NULL,
    sent_on DATE NOT NULL,
    status VARCHAR(10) NOT NULL,
    reply TEXT NULL,
    replied_by BIGINT NULL,
    replied_on DATE NULL,
    closed_by BIGINT NULL,
    closed_on DATE NULL,
    version INT NOT NULL DEFAULT 0
);
CREATE INDEX ix_sv_letter_unit ON sv_letter (unit_id, status);
