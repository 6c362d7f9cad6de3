-- The record (case_record) is the timeline now; V51 chained the old stage history into it.
DROP TABLE case_stage_history;
