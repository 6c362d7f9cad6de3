-- The evidence vault (证据库): one row per evidence item; the file itself is stored content-addressed by SHA-256 under
-- zhifa.evidence.root. Rows are never updated except the custodian (hand-over); corrections are record entries.
CREATE TABLE evidence (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT        NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    file_name     VARCHAR(255)  NOT NULL,
    media_type    VARCHAR(100)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    sha256        CHAR(64)      NOT NULL,
    storage_path  VARCHAR(200)  NOT NULL,
    captured_at   DATETIME      NOT NULL,
    device        VARCHAR(64)   NULL,
    latitude      DECIMAL(9, 6) NULL,
    longitude     DECIMAL(9, 6) NULL,
    description   TEXT          NULL,
    stage         VARCHAR(30)   NOT NULL,
    av_act        VARCHAR(30)   NULL,
    task_key      VARCHAR(64)   NULL,
    custodian_id  BIGINT        NOT NULL,
    uploaded_by   BIGINT        NOT NULL,
    uploaded_at   DATETIME      NOT NULL,
    CONSTRAINT fk_evidence_case FOREIGN KEY (case_id) REFERENCES case_file (id),
    CONSTRAINT fk_evidence_custodian FOREIGN KEY (custodian_id) REFERENCES app_user (id),
    CONSTRAINT fk_evidence_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
);
CREATE INDEX idx_evidence_case ON evidence (case_id, av_act);
CREATE INDEX idx_evidence_sha ON evidence (sha256);

-- The officers present when the evidence was captured (captured by).
CREATE TABLE evidence_officer (
    evidence_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    PRIMARY KEY (evidence_id, user_id),
    CONSTRAINT fk_evidence_officer_evidence FOREIGN KEY (evidence_id) REFERENCES evidence (id),
    CONSTRAINT fk_evidence_officer_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
