-- A generated document's .docx is kept in its version row (decision 0043; see the mysql V396).
ALTER TABLE doc_version ADD COLUMN docx_content MEDIUMBLOB NULL;
ALTER TABLE doc_version ALTER COLUMN docx_path SET NULL;
