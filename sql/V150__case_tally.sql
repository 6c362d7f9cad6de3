-- The cockpit's read model (issue 13, item 7; decision 0018): per-unit counters kept current in the transaction that
-- writes a case (CaseTallyInterceptor), so that the monthly figures (cases by procedure and outcome, fines decided and
-- collected) and the open cases by stage read a few thousand rows instead of an index range over every case.
-- outcome '' = not decided. Filled here from case_file; rebuilt by POST /api/supervision/cockpit/rebuild and at
-- start-up when empty while cases exist.
CREATE TABLE case_month_tally (
    unit_id        BIGINT         NOT NULL,
    yr             INT            NOT NULL,
    mon            INT            NOT NULL,
    procedure_type VARCHAR(20)    NOT NULL,
    outcome        VARCHAR(20)    NOT NULL,
    cases          BIGINT         NOT NULL,
    fined          DECIMAL(18, 2) NOT NULL,
    collected      DECIMAL(18, 2) NOT NULL,
    PRIMARY KEY (unit_id, yr, mon, procedure_type, outcome)
);

CREATE TABLE case_stage_tally (
    unit_id BIGINT      NOT NULL,
    stage   VARCHAR(30) NOT NULL,
    cases   BIGINT      NOT NULL,
    PRIMARY KEY (unit_id, stage)
);

INSERT INTO case_month_tally (unit_id, yr, mon, procedure_type, outcome, cases, fined, collected)
SELECT c.unit_id, YEAR(c.registered_at), MONTH(c.registered_at), c.procedure_type, COALESCE(c.decided_outcome, ''),
       COUNT(*), COALESCE(SUM(c.decided_fine), 0), COALESCE(SUM(c.paid_amount), 0)
FROM case_file c WHERE c.stage <> 'NOT_FILED'
GROUP BY c.unit_id, YEAR(c.registered_at), MONTH(c.registered_at), c.procedure_type, COALESCE(c.decided_outcome, '');

INSERT INTO case_stage_tally (unit_id, stage, cases)
SELECT c.unit_id, c.stage, COUNT(*) FROM case_file c GROUP BY c.unit_id, c.stage;
