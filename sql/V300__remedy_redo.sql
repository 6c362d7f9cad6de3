-- 撤销并责令重新作出 (issue 12 item 4, decision 0029): the revoking remedy also ordered the agency to decide anew. The
-- day the agency received the reconsideration decision / judgment, the period the body set (days; null = none set),
-- and the head who reopened the case for the new decision.
ALTER TABLE case_remedy ADD COLUMN redo_received_on DATE NULL;
ALTER TABLE case_remedy ADD COLUMN redo_days INT NULL;
ALTER TABLE case_remedy ADD COLUMN redo_by BIGINT NULL;
ALTER TABLE case_remedy ADD COLUMN redo_at TIMESTAMP NULL;
