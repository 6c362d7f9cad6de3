-- Organisation and people: units, users, roles, enforcement certificates, the items catalogue.
CREATE TABLE org_unit (
    id                 BIGINT AUTO_INCREMENT PRIMARY KEY,
    code               VARCHAR(32)  NOT NULL,
    name               VARCHAR(100) NOT NULL,
    kind               VARCHAR(20)  NOT NULL,          -- AUTHORITY (处罚主体) | TEAM (执法队)
    parent_id          BIGINT       NULL,
    case_number_prefix VARCHAR(20)  NOT NULL,          -- e.g. 朝综执
    address            VARCHAR(200) NULL,
    phone              VARCHAR(50)  NULL,
    CONSTRAINT uk_org_unit_code UNIQUE (code),
    CONSTRAINT fk_org_unit_parent FOREIGN KEY (parent_id) REFERENCES org_unit (id)
);

CREATE TABLE app_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(50)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    display_name  VARCHAR(50)  NOT NULL,
    unit_id       BIGINT       NOT NULL,
    phone         VARCHAR(30)  NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at    DATETIME     NOT NULL,
    CONSTRAINT uk_app_user_username UNIQUE (username),
    CONSTRAINT fk_app_user_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);

CREATE TABLE user_role (
    user_id BIGINT      NOT NULL,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role),
    CONSTRAINT fk_user_role_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_user_role_role ON user_role (role);

CREATE TABLE certificate (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    user_id    BIGINT      NOT NULL,
    cert_no    VARCHAR(50) NOT NULL,
    category   VARCHAR(50) NOT NULL,
    valid_from DATE        NOT NULL,
    valid_to   DATE        NOT NULL,
    status     VARCHAR(20) NOT NULL,                   -- ACTIVE | SUSPENDED | REVOKED | LOST
    CONSTRAINT uk_certificate_no UNIQUE (cert_no),
    CONSTRAINT fk_certificate_user FOREIGN KEY (user_id) REFERENCES app_user (id)
);
CREATE INDEX ix_certificate_user ON certificate (user_id);

CREATE TABLE violation_item (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(32)   NOT NULL,
    name            VARCHAR(200)  NOT NULL,
    violation_basis VARCHAR(1000) NOT NULL,            -- 违法依据
    penalty_basis   VARCHAR(1000) NOT NULL,            -- 处罚依据
    active          BOOLEAN       NOT NULL DEFAULT TRUE,
    CONSTRAINT uk_violation_item_code UNIQUE (code)
);
