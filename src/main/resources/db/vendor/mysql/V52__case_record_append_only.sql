-- MySQL/MariaDB: the schema itself refuses to change or remove a record entry (decision 0007).
CREATE TRIGGER case_record_no_update BEFORE UPDATE ON case_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_record is append-only';
CREATE TRIGGER case_record_no_delete BEFORE DELETE ON case_record FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'case_record is append-only';
