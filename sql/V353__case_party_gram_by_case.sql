-- A case's pieces are replaced when its party name changes (decision 0032): found by case.
CREATE INDEX ix_case_party_gram_case ON case_party_gram (case_id);
