-- 听证报告 (issue 11 item 1; 行政处罚法 Art. 64, 上海 听证程序规定 Art. 25): the presiding officer's report after the
-- hearing is generated with the hearing step; its own content, entered with the step when the party appeared:
-- the points in dispute, the presiding officer's opinion and proposal, and any dissent of the hearing members.
ALTER TABLE case_hearing ADD COLUMN disputed_points TEXT NULL;
ALTER TABLE case_hearing ADD COLUMN presider_opinion TEXT NULL;
ALTER TABLE case_hearing ADD COLUMN dissent TEXT NULL;
