-- A generated document's PDF is laid out from its stored .docx (the document of record) on first need — a download,
-- or 归档's dossier, which lays every document out itself — then stored once and recorded (decision record 0017,
-- amendment 2). Until then the PDF columns are empty.
ALTER TABLE doc_version MODIFY COLUMN pdf_sha256 CHAR(64) NULL;
ALTER TABLE doc_version MODIFY COLUMN pdf_path VARCHAR(200) NULL;
ALTER TABLE doc_version MODIFY COLUMN pdf_size BIGINT NULL;
ALTER TABLE doc_version MODIFY COLUMN pdf_pages INT NULL;

-- A case's open render jobs (the workspace's "being generated" list) by index, not by a scan of the outbox.
CREATE INDEX ix_doc_render_job_case ON doc_render_job (case_id, status);
