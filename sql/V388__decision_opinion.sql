-- 处理决定审批表 (行政处罚法 Art. 57): the head's own approval opinion, typed with the decision; NULL when the head
-- typed none (the form then states the decision taken on the proposal, as before).
ALTER TABLE case_file ADD COLUMN decision_opinion VARCHAR(2000) NULL;
