-- The agency as respondent (issue 12 item 4, decision 0027): the day it received the copy of the reconsideration
-- application or of the complaint, and the day it submitted its 答复 / 答辩状 with the evidence; the deadline itself is
-- computed through the calendar component (10 working days, 行政复议法 Art. 48/88; 15 days, 行政诉讼法 Art. 67).
ALTER TABLE case_remedy ADD COLUMN copy_received_on DATE NULL;
ALTER TABLE case_remedy ADD COLUMN reply_submitted_on DATE NULL;
ALTER TABLE case_remedy ADD COLUMN reply_note TEXT NULL;
