-- Settings the application remembers between runs (e.g. the fingerprint of the statutory-period configuration, so a
-- changed local setting recomputes and records every dependent deadline).
CREATE TABLE app_setting (
    name       VARCHAR(100) NOT NULL PRIMARY KEY,
    setting    TEXT         NOT NULL,
    updated_at DATETIME     NOT NULL
);
