-- 裁量阶次 chosen in the 调查终结报告 (国办发〔2022〕27号 §六, §十四): the benchmark row whose conditions the handler
-- found to apply, its tier and the row's version as it was when chosen (the benchmark may change later).
ALTER TABLE case_file ADD COLUMN benchmark_id BIGINT NULL;
ALTER TABLE case_file ADD COLUMN benchmark_tier VARCHAR(20) NULL;
ALTER TABLE case_file ADD COLUMN benchmark_version INT NULL;
