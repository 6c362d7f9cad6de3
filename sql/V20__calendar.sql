-- Working-day calendar (feature cn.zhifa.calendar).
-- Runs on H2 (MODE=MySQL) and MariaDB 10.11 (common subset only).
-- Column names avoid DAY and YEAR: both are reserved words in H2 2.x, so they are cal_date / cal_year.
-- calendar_day holds only the days that differ from the Mon–Fri week: official holidays and make-up working days.
CREATE TABLE calendar_day (
    cal_date    DATE         NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    source      VARCHAR(255) NOT NULL,
    updated_by  VARCHAR(100) NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_calendar_day PRIMARY KEY (cal_date),
    CONSTRAINT ck_calendar_day_kind CHECK (kind IN ('HOLIDAY', 'MAKEUP_WORKDAY'))
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- A year is "confirmed" once the official State Council notice for it has been loaded.
CREATE TABLE calendar_year (
    cal_year    INT          NOT NULL,
    confirmed   BOOLEAN      NOT NULL,
    source      VARCHAR(255) NOT NULL,
    CONSTRAINT pk_calendar_year PRIMARY KEY (cal_year)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Append-only log of every change to calendar_day (the application never updates or deletes rows here).
-- old_kind / new_kind use NORMAL for "no row in calendar_day".
CREATE TABLE calendar_change (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    cal_date    DATE         NOT NULL,
    old_kind    VARCHAR(20)  NOT NULL,
    new_kind    VARCHAR(20)  NOT NULL,
    changed_by  VARCHAR(100) NOT NULL,
    reason      VARCHAR(500) NOT NULL,
    changed_at  DATETIME(3)  NOT NULL,
    CONSTRAINT pk_calendar_change PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_calendar_change_day ON calendar_change (cal_date);
