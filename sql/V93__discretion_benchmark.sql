-- 行政处罚裁量基准 (行政处罚法 Art. 34; 国办发〔2022〕27号 §六): per item, the tiers with their conditions, the concrete
-- standard and the fine range, by party kind; published on the portal and kept with who changed them.
CREATE TABLE discretion_benchmark (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id     BIGINT        NOT NULL,
    party_scope VARCHAR(20)   NOT NULL,           -- ALL | PERSON | ORGANISATION
    tier        VARCHAR(20)   NOT NULL,           -- NO_PENALTY | MITIGATED | LIGHTER | GENERAL | HEAVIER
    conditions  TEXT          NOT NULL,           -- 适用条件 / 违法情节
    standard    TEXT          NOT NULL,           -- 处罚标准
    fine_min    DECIMAL(14,2) NULL,
    fine_max    DECIMAL(14,2) NULL,
    source      VARCHAR(300)  NOT NULL,           -- 制定机关、文件名称及文号
    valid_from  DATE          NOT NULL,
    active      BOOLEAN       NOT NULL DEFAULT TRUE,
    changed_by  BIGINT        NOT NULL,
    changed_at  DATETIME      NOT NULL,
    version     INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_benchmark_item FOREIGN KEY (item_id) REFERENCES violation_item (id)
);
CREATE INDEX ix_benchmark_item ON discretion_benchmark (item_id, active);
