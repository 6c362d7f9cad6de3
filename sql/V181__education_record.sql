-- 行政处罚法 Art. 33 ¶3: a decision not to punish (不予行政处罚) is made only with the record of how the party was
-- educated (批评教育); kept on the case and in the decision's record entry (issue #12 item 8, decision 0020).
ALTER TABLE case_file ADD COLUMN education_record VARCHAR(2000) NULL;
