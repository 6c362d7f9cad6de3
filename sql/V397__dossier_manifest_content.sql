-- The 卷宗 dossier's manifest (what a frozen or draft dossier shows) is kept in its row (decision 0043, amendment 1):
-- written with the row in the archiving step's transaction, with no file, fsync or link of its own. Dossiers made
-- before keep their manifest in the evidence store (manifest_path); new ones have none.
ALTER TABLE doc_dossier ADD COLUMN manifest_content MEDIUMBLOB NULL;
