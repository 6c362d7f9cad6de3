-- Fills case_party_gram for the cases registered before V350 (the 1- and 2-character pieces of the trimmed,
-- lower-cased party name; party_name is at most 100 characters), in key order (a million cases: ~9 M rows appended
-- to the primary key instead of inserted at random). The benchmark runs this file after its bulk load.
INSERT IGNORE INTO case_party_gram (gram, case_id)
SELECT LOWER(SUBSTRING(TRIM(c.party_name), s.seq, n.len)) COLLATE utf8mb4_nopad_bin, c.id
FROM case_file c
  JOIN (SELECT 1 AS len UNION ALL SELECT 2) n
  JOIN seq_1_to_100 s ON s.seq <= CHAR_LENGTH(TRIM(c.party_name)) - n.len + 1
WHERE c.party_name IS NOT NULL AND TRIM(c.party_name) <> ''
ORDER BY 1, 2;
