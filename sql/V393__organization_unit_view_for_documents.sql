-- The unit as documents print it (agency name, number prefix, address, telephone): the document module reads it with
-- the unit's own templates in one statement (decision 0039), through the view the organization module publishes.
CREATE OR REPLACE VIEW v_organization_unit AS
    SELECT id, name, code, kind, parent_id, case_number_prefix, address, phone FROM org_unit;
