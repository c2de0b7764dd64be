-- Certificates: one per credited completion, holding a snapshot of what was certified, so that later changes to
-- the learner or the catalogue never alter an issued certificate.
CREATE SEQUENCE certificate_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE certificate (
    id                    BIGINT       NOT NULL PRIMARY KEY,
    completion_id         BIGINT       NOT NULL,
    learner_id            BIGINT       NOT NULL,
    verification_code     VARCHAR(64)  NOT NULL,
    first_name            VARCHAR(100) NOT NULL,
    last_name             VARCHAR(100) NOT NULL,
    pid                   VARCHAR(20)  NOT NULL,
    agency                VARCHAR(200),
    tcole_number          VARCHAR(10)  NOT NULL,
    course_title          VARCHAR(300) NOT NULL,
    delivery              VARCHAR(20)  NOT NULL,
    credit_hours          INTEGER      NOT NULL,
    counts_toward_mandate BOOLEAN      NOT NULL,
    completed_on          DATE         NOT NULL,
    issuer                VARCHAR(300) NOT NULL,
    issued_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    status                VARCHAR(20)  NOT NULL,
    status_reason         VARCHAR(500),
    status_changed_at     TIMESTAMP WITH TIME ZONE,
    status_changed_by     VARCHAR(200),
    CONSTRAINT certificate_completion_uk UNIQUE (completion_id),
    CONSTRAINT certificate_code_uk UNIQUE (verification_code),
    CONSTRAINT certificate_status_ck CHECK (status IN ('VALID', 'REVOKED', 'SUPERSEDED')),
    CONSTRAINT certificate_hours_ck CHECK (credit_hours >= 0)
);
-- The learner's list and the admin filter, newest first.
CREATE INDEX certificate_learner_ix ON certificate (learner_id, id DESC);
