-- Published views (decision 0013): a module reads another module's data only through a view that the owning module
-- publishes here, named v_<owner>_<what>. The view is the owner's contract: it may change its tables and keep the
-- view. Only the columns other modules read are listed. Plain single-table views (MERGE in MySQL/MariaDB: the same
-- plans and indexes as the table).

-- organization
CREATE VIEW v_organization_user AS SELECT id, display_name, unit_id FROM app_user;
CREATE VIEW v_organization_unit AS SELECT id, name FROM org_unit;
CREATE VIEW v_organization_item AS SELECT id, code, name, violation_basis, penalty_basis FROM violation_item;

-- casefile
CREATE VIEW v_casefile_case AS
SELECT id, case_no, unit_id, procedure_type, stage, item_id, party_name, location, registered_at, filed_date,
       decided_date, facts, major, legal_review_passed, deliberation_resolution, decided_outcome, decided_fine,
       decided_confiscation, correction_order
FROM case_file;
CREATE VIEW v_casefile_party AS SELECT id, case_id, kind, name, id_type, id_no, phone, address FROM case_party;
CREATE VIEW v_casefile_handler AS SELECT case_id, user_id, role FROM case_handler;
CREATE VIEW v_casefile_document AS SELECT id, case_id, doc_type, doc_no FROM case_document;
CREATE VIEW v_casefile_clock_event AS SELECT id, case_id, kind, start_date, end_date FROM case_clock_event;
CREATE VIEW v_casefile_remedy AS SELECT id, case_id, kind, filed_on, outcome FROM case_remedy;

-- complaint
CREATE VIEW v_complaint_complaint AS SELECT id, complaint_no, unit_id, item_id, party_name, status FROM complaint;

-- record
CREATE VIEW v_record_entry AS
SELECT id, case_id, seq, action, stage, actor_id, occurred_at, origin_ip, origin_client, summary, details
FROM case_record;
