-- Training: course catalogue, learners, completions.
CREATE TABLE course (
    tcole_number          VARCHAR(10)  NOT NULL PRIMARY KEY,
    title                 VARCHAR(300) NOT NULL,
    delivery              VARCHAR(20)  NOT NULL,
    credit_hours          INTEGER      NOT NULL,
    counts_toward_mandate BOOLEAN      NOT NULL,
    completion_rule       VARCHAR(20)  NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE course_activity (
    activity_iri VARCHAR(2000) NOT NULL PRIMARY KEY,
    tcole_number VARCHAR(10)   NOT NULL REFERENCES course (tcole_number) ON DELETE CASCADE
);
CREATE INDEX course_activity_course_ix ON course_activity (tcole_number);

CREATE SEQUENCE learner_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE learner (
    id          BIGINT       NOT NULL PRIMARY KEY,
    first_name  VARCHAR(100),
    last_name   VARCHAR(100),
    pid         VARCHAR(20),
    agency      VARCHAR(200),
    actor_ifi   VARCHAR(600) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT learner_actor_uk UNIQUE (actor_ifi)
);
-- Also serves the "PID missing" filter (pid IS NULL).
CREATE INDEX learner_pid_ix ON learner (pid);

CREATE SEQUENCE completion_seq START WITH 50 INCREMENT BY 50;
-- One row per learner, course and registration (registration '' when the statements carry none).
CREATE TABLE completion (
    id             BIGINT       NOT NULL PRIMARY KEY,
    learner_id     BIGINT       NOT NULL REFERENCES learner (id),
    tcole_number   VARCHAR(10)  NOT NULL REFERENCES course (tcole_number),
    registration   VARCHAR(36)  NOT NULL,
    outcome        VARCHAR(20)  NOT NULL,
    credit_hours   INTEGER      NOT NULL,
    completed_on   DATE         NOT NULL,
    statement_id   VARCHAR(36)  NOT NULL,
    -- TRUE once training.completion-credited was published (needs a pass and a learner PID): exactly once.
    credit_released BOOLEAN     NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT completion_uk UNIQUE (learner_id, tcole_number, registration)
);
CREATE INDEX completion_learner_ix ON completion (learner_id, completed_on);
-- Admin list filtered by course, newest first.
CREATE INDEX completion_course_ix ON completion (tcole_number, id);
