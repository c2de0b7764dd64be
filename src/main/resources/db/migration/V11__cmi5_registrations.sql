-- cmi5 LMS, part 2: registrations (cmi5 §9.6.1), AU launch sessions (§8.1, §8.2) and what each registration has
-- recorded per AU (moveOn, §13.1.4) and reported satisfied (§9.3.9). A registration is pinned to one course version.
CREATE TABLE cmi5_registration (
    registration VARCHAR(36)   NOT NULL PRIMARY KEY,
    course_id    BIGINT        NOT NULL REFERENCES cmi5_course (id) ON DELETE CASCADE,
    version      INTEGER       NOT NULL,
    learner_id   BIGINT        NOT NULL,
    actor        VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by   VARCHAR(200)  NOT NULL
);
CREATE INDEX cmi5_registration_learner_ix ON cmi5_registration (learner_id);

-- One row per AU that has received anything; au_key = SHA-256 hex of the AU id (ids may be 2000 characters).
CREATE TABLE cmi5_au_progress (
    registration VARCHAR(36)   NOT NULL REFERENCES cmi5_registration (registration) ON DELETE CASCADE,
    au_key       CHAR(64)      NOT NULL,
    au_id        VARCHAR(2000) NOT NULL,
    completed    BOOLEAN       NOT NULL,
    passed       BOOLEAN       NOT NULL,
    failed       BOOLEAN       NOT NULL,
    waived       BOOLEAN       NOT NULL,
    PRIMARY KEY (registration, au_key)
);

-- Blocks and the course reported "satisfied" (one statement each per registration, §9.3.9).
CREATE TABLE cmi5_satisfied (
    registration VARCHAR(36)   NOT NULL REFERENCES cmi5_registration (registration) ON DELETE CASCADE,
    node_key     CHAR(64)      NOT NULL,
    node_id      VARCHAR(2000) NOT NULL,
    statement_id VARCHAR(36)   NOT NULL,
    PRIMARY KEY (registration, node_key)
);

-- AU sessions. The fetch token is kept only as its SHA-256 (hex); credential_key names the LRS credential issued
-- by the one successful fetch (revoked when the session ends).
CREATE TABLE cmi5_session (
    session_id     VARCHAR(36)   NOT NULL PRIMARY KEY,
    registration   VARCHAR(36)   NOT NULL REFERENCES cmi5_registration (registration) ON DELETE CASCADE,
    au_key         CHAR(64)      NOT NULL,
    au_id          VARCHAR(2000) NOT NULL,
    launch_mode    VARCHAR(10)   NOT NULL,
    state          VARCHAR(12)   NOT NULL,
    token_hash     CHAR(64)      NOT NULL,
    token_expires  TIMESTAMP WITH TIME ZONE NOT NULL,
    fetched        BOOLEAN       NOT NULL,
    credential_key VARCHAR(100),
    launched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT cmi5_session_token_uk UNIQUE (token_hash),
    CONSTRAINT cmi5_session_state_ck CHECK (state IN ('ACTIVE', 'ABANDONED', 'TERMINATED', 'WAIVED')),
    CONSTRAINT cmi5_session_mode_ck CHECK (launch_mode IN ('Normal', 'Browse', 'Review'))
);
CREATE INDEX cmi5_session_au_ix ON cmi5_session (registration, au_key, state);
-- Statement rules look up the session of the AU credential writing (cmi5 §9.3, §9.6).
CREATE INDEX cmi5_session_credential_ix ON cmi5_session (credential_key);
