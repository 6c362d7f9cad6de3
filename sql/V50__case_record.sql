-- 执法全过程记录 (行政处罚法 Art. 47): the case's append-only, hash-chained record. Every action on a case is one row;
-- hash = SHA-256(prev_hash || canonical content) (see cn.zhifa.record.RecordCanonical and decision 0007). The
-- application never updates or deletes rows; on MySQL/MariaDB triggers refuse it (db/vendor/mysql/V52).
CREATE TABLE case_record (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    case_id       BIGINT       NOT NULL,
    seq           BIGINT       NOT NULL,            -- 1, 2, 3 … per case, no gaps
    action        VARCHAR(40)  NOT NULL,            -- label ui.action.<action>
    stage         VARCHAR(30)  NULL,                -- the case's stage after the action
    actor_id      BIGINT       NULL,                -- NULL: the system (timers, engine)
    occurred_at   DATETIME     NOT NULL,            -- server time, whole seconds
    origin_ip     VARCHAR(64)  NULL,
    origin_client VARCHAR(255) NOT NULL,            -- User-Agent, or 'system'
    summary       TEXT         NULL,
    details       TEXT         NOT NULL,            -- canonical JSON object (sorted keys)
    prev_hash     CHAR(64)     NOT NULL,            -- the previous entry's hash; 64 zeros for seq 1
    entry_hash    CHAR(64)     NOT NULL,
    CONSTRAINT uk_case_record_seq UNIQUE (case_id, seq),
    CONSTRAINT fk_case_record_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);

-- The chain's tail per case: locked FOR UPDATE by every append (one linear chain under concurrency), and the anchor
-- that reveals a deleted last entry.
CREATE TABLE case_record_head (
    case_id   BIGINT   NOT NULL PRIMARY KEY,
    last_seq  BIGINT   NOT NULL,
    last_hash CHAR(64) NOT NULL,
    CONSTRAINT fk_case_record_head_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
