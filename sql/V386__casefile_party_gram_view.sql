-- Issue 16 item 1 (decision 0032, amendment 1): the party name's posting lists published to the task centre, so an
-- inbox filtered by a rare party fragment reads that fragment's few cases and their open tasks instead of testing the
-- name on every task of the officer's queues (1 M open tasks: 0.9–2.3 s per page before).
CREATE VIEW v_casefile_party_gram AS SELECT gram, case_id FROM case_party_gram;
