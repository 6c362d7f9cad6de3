-- The final 卷宗 dossier is frozen at 归档 as its manifest (what it shows: cover, parts in archive order with the
-- stored .docx each is laid out from, evidence list, 备考表), stored content-addressed and recorded; its PDF is laid
-- out from that manifest on first need and then stored once (decision record 0017, amendment 3). Drafts are laid out
-- at once. Until its first download the frozen dossier's PDF columns are empty.
ALTER TABLE doc_dossier ADD COLUMN manifest_sha256 CHAR(64) NULL;
ALTER TABLE doc_dossier ADD COLUMN manifest_path VARCHAR(200) NULL;
ALTER TABLE doc_dossier MODIFY COLUMN sha256 CHAR(64) NULL;
ALTER TABLE doc_dossier MODIFY COLUMN path VARCHAR(200) NULL;
ALTER TABLE doc_dossier MODIFY COLUMN size_bytes BIGINT NULL;
ALTER TABLE doc_dossier MODIFY COLUMN pages INT NULL;
