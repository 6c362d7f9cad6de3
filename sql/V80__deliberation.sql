-- 集体讨论 (行政处罚法 Art. 57 ¶2): meetings of a unit's heads, the cases on their agenda, attendance, each head's
-- vote and opinion (dissent kept verbatim), the resolution per case and the minutes every present head confirms.
CREATE TABLE deliberation_meeting (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    unit_id          BIGINT        NOT NULL,
    scheduled_at     DATETIME      NOT NULL,
    place            VARCHAR(200)  NOT NULL,
    convened_by      BIGINT        NOT NULL,
    presiding_id     BIGINT        NOT NULL,
    deputy_id        BIGINT        NULL,               -- head designated by the absent principal head
    deputy_note      VARCHAR(500)  NULL,               -- how the designation was made
    status           VARCHAR(20)   NOT NULL,           -- SCHEDULED | VOTING | MINUTES | CONFIRMED
    voting_opened_at DATETIME      NULL,
    minutes          TEXT          NULL,               -- 集体讨论记录, generated when every item is settled
    minutes_at       DATETIME      NULL,
    confirmed_at     DATETIME      NULL,               -- the last present head confirmed
    created_at       DATETIME      NOT NULL,
    version          INT           NOT NULL DEFAULT 0,
    CONSTRAINT fk_delib_meeting_unit FOREIGN KEY (unit_id) REFERENCES org_unit (id)
);
CREATE INDEX ix_delib_meeting_unit ON deliberation_meeting (unit_id, scheduled_at);

CREATE TABLE deliberation_item (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    meeting_id       BIGINT        NOT NULL,
    case_id          BIGINT        NOT NULL,
    seq              INT           NOT NULL,
    status           VARCHAR(20)   NOT NULL,           -- OPEN | ADOPTED | NOT_ADOPTED
    outcome          VARCHAR(20)   NULL,               -- the resolution (OutcomeType)
    fine             DECIMAL(14,2) NULL,
    confiscation     DECIMAL(14,2) NULL,
    resolution_text  TEXT          NULL,
    support_count    INT           NULL,
    settled_by       BIGINT        NULL,
    settled_at       DATETIME      NULL,
    CONSTRAINT uk_delib_item_case UNIQUE (meeting_id, case_id),
    CONSTRAINT fk_delib_item_meeting FOREIGN KEY (meeting_id) REFERENCES deliberation_meeting (id),
    CONSTRAINT fk_delib_item_case FOREIGN KEY (case_id) REFERENCES case_file (id)
);
CREATE INDEX ix_delib_item_case ON deliberation_item (case_id, status);

CREATE TABLE deliberation_attendee (
    meeting_id       BIGINT        NOT NULL,
    user_id          BIGINT        NOT NULL,
    voting           BOOLEAN       NOT NULL,           -- heads vote; handlers and legal reviewers attend without a vote
    attendee_role    VARCHAR(20)   NOT NULL,           -- PRINCIPAL_HEAD | HEAD | HANDLER | LEGAL_REVIEWER | OTHER
    present          BOOLEAN       NULL,               -- NULL: not yet recorded
    absence_reason   VARCHAR(500)  NULL,
    confirmed_at     DATETIME      NULL,
    PRIMARY KEY (meeting_id, user_id),
    CONSTRAINT fk_delib_att_meeting FOREIGN KEY (meeting_id) REFERENCES deliberation_meeting (id)
);

CREATE TABLE deliberation_vote (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id          BIGINT        NOT NULL,
    voter_id         BIGINT        NOT NULL,
    choice           VARCHAR(20)   NOT NULL,           -- AGREE | DISAGREE | ABSTAIN (with the handling proposal)
    outcome          VARCHAR(20)   NULL,               -- what the head supports
    fine             DECIMAL(14,2) NULL,
    confiscation     DECIMAL(14,2) NULL,
    opinion          TEXT          NOT NULL,           -- kept verbatim
    cast_at          DATETIME      NOT NULL,
    CONSTRAINT uk_delib_vote UNIQUE (item_id, voter_id),
    CONSTRAINT fk_delib_vote_item FOREIGN KEY (item_id) REFERENCES deliberation_item (id)
);
