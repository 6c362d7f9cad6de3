-- 等保 level 3 accounts (issue 17 item 5): the log of logins and failures (登录日志) and the state of login throttling
-- (登录失败处理: temporary lockout per account and per client address). See decision 0016.

CREATE TABLE login_event (
    id BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at DATETIME NOT NULL,
    username VARCHAR(100) NOT NULL,          -- as entered (control characters escaped, cut to 100)
    user_id BIGINT NULL,                     -- the account with exactly that name, if any
    address VARCHAR(64) NOT NULL,            -- client address
    channel VARCHAR(10) NOT NULL,            -- FORM (screens) | API (HTTP Basic) | ADMIN
    outcome VARCHAR(20) NOT NULL,            -- SUCCESS | FAILURE | LOCKED | REFUSED_LOCKED | UNLOCKED | IDLE_TIMEOUT
    detail VARCHAR(500) NULL,
    actor_id BIGINT NULL                     -- the admin who unlocked
);
CREATE INDEX ix_login_event_time ON login_event (occurred_at);
CREATE INDEX ix_login_event_user ON login_event (username, occurred_at);

CREATE TABLE login_throttle (
    kind VARCHAR(10) NOT NULL,               -- ACCOUNT | ADDRESS
    subject VARCHAR(100) NOT NULL,           -- the user name as entered, or the client address
    failures INT NOT NULL,                   -- failures in the window that started at window_start
    window_start DATETIME NOT NULL,
    locked_until DATETIME NULL,
    PRIMARY KEY (kind, subject)
);
