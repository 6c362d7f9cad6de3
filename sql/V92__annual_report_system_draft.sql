-- The January draft of the annual report is made by the system (drafted_by NULL) when nobody has drafted it yet.
ALTER TABLE annual_report MODIFY COLUMN drafted_by BIGINT NULL;
