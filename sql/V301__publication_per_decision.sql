-- A case may have more than one decision: after 撤销并责令重新作出 (decision 0029) the new decision is drafted for
-- publication like any other, beside the revoked decision's withdrawn or excluded entry. One publication per decision,
-- no longer one per case; the case's current publication is its latest. (The foreign key is dropped and added again:
-- H2 keeps the unique index while the key uses it.)
ALTER TABLE publication DROP CONSTRAINT fk_publication_case;
ALTER TABLE publication DROP CONSTRAINT uk_publication_case;
CREATE INDEX ix_publication_case ON publication (case_id);
ALTER TABLE publication ADD CONSTRAINT fk_publication_case FOREIGN KEY (case_id) REFERENCES case_file (id);
