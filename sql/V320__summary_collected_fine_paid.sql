-- A summary-procedure fine collected on the spot against the fiscal receipt (行政处罚法 Art. 68–70) is paid: the case
-- row says so, so the execution end-game (decision 0021) sees it settled and only a fine paid later at the bank
-- (Art. 67) waits for payment, surcharge, 催告 and the court before the case closes (decision 0031). Open summary
-- cases decided before this change are brought in line; the cockpit's monthly counters (V150) follow.
UPDATE case_file SET paid_amount = decided_fine, paid_date = decided_date
WHERE procedure_type = 'SUMMARY' AND paid_amount IS NULL AND decided_fine IS NOT NULL
  AND id IN (SELECT case_id FROM summary_decision WHERE collected = TRUE);

DELETE FROM case_month_tally;
INSERT INTO case_month_tally (unit_id, yr, mon, procedure_type, outcome, cases, fined, collected)
SELECT c.unit_id, YEAR(c.registered_at), MONTH(c.registered_at), c.procedure_type, COALESCE(c.decided_outcome, ''),
       COUNT(*), COALESCE(SUM(c.decided_fine), 0), COALESCE(SUM(c.paid_amount), 0)
FROM case_file c WHERE c.stage <> 'NOT_FILED'
GROUP BY c.unit_id, YEAR(c.registered_at), MONTH(c.registered_at), c.procedure_type, COALESCE(c.decided_outcome, '');
