-- Review of a publication's redaction (issue 17): the texts the officer marked as false positives of the re-scan
-- (JSON array of strings; each marking is also a PUBLICATION_FALSE_POSITIVE entry, with its reason, in the case record).
ALTER TABLE publication ADD COLUMN redaction_allowed TEXT NULL;
