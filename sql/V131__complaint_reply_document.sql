-- 投诉举报答复告知书: the written reply to a complainant, generated in the reply's transaction and stored once (the
-- .docx and PDF in the content-addressed store). One per complaint; never updated.
CREATE TABLE doc_complaint_reply (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    complaint_id     BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL,
    template_version INT          NOT NULL,
    docx_sha256      CHAR(64)     NOT NULL,
    docx_path        VARCHAR(200) NOT NULL,
    pdf_sha256       CHAR(64)     NOT NULL,
    pdf_path         VARCHAR(200) NOT NULL,
    pdf_pages        INT          NOT NULL,
    created_by       BIGINT       NOT NULL,
    created_at       DATETIME     NOT NULL,
    CONSTRAINT uq_doc_complaint_reply UNIQUE (complaint_id)
);
