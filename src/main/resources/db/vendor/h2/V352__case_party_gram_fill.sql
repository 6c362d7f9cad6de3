-- Fills case_party_gram for the cases registered before V350 (see the mysql V352).
INSERT INTO case_party_gram (gram, case_id)
SELECT DISTINCT LOWER(SUBSTRING(TRIM(c.party_name), s.X, n.len)), c.id
FROM case_file c
  CROSS JOIN (SELECT 1 AS len UNION ALL SELECT 2) n
  JOIN SYSTEM_RANGE(1, 100) s ON s.X <= CHAR_LENGTH(TRIM(c.party_name)) - n.len + 1
WHERE c.party_name IS NOT NULL AND TRIM(c.party_name) <> ''
ORDER BY 1, 2;
