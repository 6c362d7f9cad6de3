-- A generated document's .docx is kept in its version row (decision 0043): written with the row in the step's
-- transaction, so a step and its documents commit together, with no file, fsync or link of their own. Versions made
-- before keep their file in the evidence store (docx_path); new ones have none.
ALTER TABLE doc_version
  ADD COLUMN docx_content MEDIUMBLOB NULL,
  MODIFY docx_path VARCHAR(200) NULL;
