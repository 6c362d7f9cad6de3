-- Documents (执法文书) generated from the case data: numbers, templates, immutable versions, the render outbox and
-- the 卷宗 dossier. Files live in the content-addressed store (zhifa.evidence.root); rows are never updated except
-- the render job's status and a template's active flag.

-- 文书号: one running number per unit, document type and year (bumped inside the registering transaction).
CREATE TABLE doc_number_seq (
    unit_id  BIGINT      NOT NULL,
    doc_type VARCHAR(40) NOT NULL,
    yr       INT         NOT NULL,
    seq      INT         NOT NULL,
    PRIMARY KEY (unit_id, doc_type, yr)
);

-- A unit's own Word template of a document type, versioned; the highest active version is used. Version 0 (the
-- shipped default) is built by the application and never stored.
CREATE TABLE doc_template (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id     BIGINT       NOT NULL,
    doc_type    VARCHAR(40)  NOT NULL,
    version     INT          NOT NULL,
    file_name   VARCHAR(255) NOT NULL,
    sha256      CHAR(64)     NOT NULL,
    size_bytes  BIGINT       NOT NULL,
    storage_path VARCHAR(200) NOT NULL,
    uploaded_by BIGINT       NOT NULL,
    uploaded_at DATETIME     NOT NULL,
    CONSTRAINT uq_doc_template UNIQUE (unit_id, doc_type, version),
    CONSTRAINT fk_doc_template_uploader FOREIGN KEY (uploaded_by) REFERENCES app_user (id)
);

-- One generated version of a registered document (case_document): the .docx and its PDF, stored once.
CREATE TABLE doc_version (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id      BIGINT       NOT NULL,
    case_id          BIGINT       NOT NULL,
    doc_type         VARCHAR(40)  NOT NULL,
    version          INT          NOT NULL,
    doc_no           VARCHAR(80)  NULL,
    template_version INT          NOT NULL,
    docx_sha256      CHAR(64)     NOT NULL,
    docx_path        VARCHAR(200) NOT NULL,
    docx_size        BIGINT       NOT NULL,
    pdf_sha256       CHAR(64)     NOT NULL,
    pdf_path         VARCHAR(200) NOT NULL,
    pdf_size         BIGINT       NOT NULL,
    pdf_pages        INT          NOT NULL,
    reason           VARCHAR(500) NULL,
    created_by       BIGINT       NOT NULL,
    created_at       DATETIME     NOT NULL,
    CONSTRAINT uq_doc_version UNIQUE (document_id, version),
    CONSTRAINT fk_doc_version_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_doc_version_case ON doc_version (case_id);

-- The outbox: a document registered in a step is rendered after the step's commit; pending rows are rendered again
-- when the application starts (a crash between commit and render loses nothing).
CREATE TABLE doc_render_job (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id BIGINT       NOT NULL,
    case_id     BIGINT       NOT NULL,
    doc_type    VARCHAR(40)  NOT NULL,
    doc_no      VARCHAR(80)  NULL,
    title       VARCHAR(200) NOT NULL,
    actor_id    BIGINT       NOT NULL,
    reason      VARCHAR(500) NULL,
    template_version INT     NOT NULL,
    data_json   LONGTEXT     NOT NULL,
    status      VARCHAR(12)  NOT NULL,
    attempts    INT          NOT NULL,
    last_error  VARCHAR(1000) NULL,
    created_at  DATETIME     NOT NULL,
    claimed_at  DATETIME     NULL,
    done_at     DATETIME     NULL
);
CREATE INDEX ix_doc_render_job_status ON doc_render_job (status, id);
CREATE INDEX ix_doc_render_job_document ON doc_render_job (document_id);

-- The 卷宗 dossier PDF of a case: drafts any time, the final one frozen at 归档.
CREATE TABLE doc_dossier (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id    BIGINT       NOT NULL,
    final_copy BOOLEAN      NOT NULL,
    sha256     CHAR(64)     NOT NULL,
    path       VARCHAR(200) NOT NULL,
    size_bytes BIGINT       NOT NULL,
    pages      INT          NOT NULL,
    created_by BIGINT       NULL,
    created_at DATETIME     NOT NULL,
    CONSTRAINT fk_doc_dossier_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_doc_dossier_case ON doc_dossier (case_id, final_copy);
