-- The second (and any further) extension of the decision period only with a confirmed deliberation resolution
-- (issue #12 item 8, decision 0030): 住建部令55 Art. 29, 市场监管 Art. 64 — after the head's extension, a further
-- extension is decided by the heads' collective discussion. A meeting's agenda item is now either the decision
-- question (DECISION, as before) or the extension question (EXTENSION: 延长办案期限, with the days asked and the days
-- the resolution grants, 0 = not extended); a head's vote on an extension item names the days he supports.
ALTER TABLE deliberation_item ADD COLUMN kind VARCHAR(20) NOT NULL DEFAULT 'DECISION';
ALTER TABLE deliberation_item ADD COLUMN requested_days INT NULL;
ALTER TABLE deliberation_item ADD COLUMN request_reason TEXT NULL;
ALTER TABLE deliberation_item ADD COLUMN extension_days INT NULL;
ALTER TABLE deliberation_vote ADD COLUMN days INT NULL;

-- The extension names the resolution (the agenda item) and its meeting; a resolution is used once.
ALTER TABLE case_clock_event ADD COLUMN resolution_id BIGINT NULL;
ALTER TABLE case_clock_event ADD COLUMN meeting_id BIGINT NULL;
CREATE UNIQUE INDEX uk_clock_event_resolution ON case_clock_event (resolution_id);
