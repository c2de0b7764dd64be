-- Completions carry their own delivery and instructors, block dates, module description, attempt, review and
-- withdrawal (issue 13; rules in docs/compliance.md).
ALTER TABLE completion ADD COLUMN delivery VARCHAR(20);
UPDATE completion SET delivery = (SELECT k.delivery FROM course k WHERE k.tcole_number = completion.tcole_number);
ALTER TABLE completion ALTER COLUMN delivery SET NOT NULL;
-- TCOLE PIDs of the instructors, comma-separated (the statement's context.instructor or the class's).
ALTER TABLE completion ADD COLUMN instructor_pids VARCHAR(200);
-- First block day of a course delivered in blocks; completed_on is the last.
ALTER TABLE completion ADD COLUMN started_on DATE;
-- What a stand-alone 3312 Update module covered (the roster's notes).
ALTER TABLE completion ADD COLUMN module_description VARCHAR(500);
-- Retakes without a registration: one row per learner, course, registration and attempt.
ALTER TABLE completion ADD COLUMN attempt INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE completion DROP CONSTRAINT completion_uk;
ALTER TABLE completion ADD CONSTRAINT completion_uk UNIQUE (learner_id, tcole_number, registration, attempt);
-- Train-the-Trainer passed for the user portion only: credits the user course's hours.
ALTER TABLE completion ADD COLUMN partial_credit BOOLEAN DEFAULT FALSE NOT NULL;
-- PENDING: the credit waits for an administrator's decision (review_reason says why); DECIDED: credit_hours is theirs.
ALTER TABLE completion ADD COLUMN review VARCHAR(20);
ALTER TABLE completion ADD COLUMN review_reason VARCHAR(500);
ALTER TABLE completion ADD CONSTRAINT completion_review_ck CHECK (review IS NULL OR review IN ('PENDING', 'DECIDED'));
-- A note for the administrator that does not hold the credit (a course credited more than twice in a unit ...).
ALTER TABLE completion ADD COLUMN warning VARCHAR(500);
-- Credit taken back (certificate revoked, statement voided): the row stays, its hours no longer count.
ALTER TABLE completion ADD COLUMN withdrawn_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE completion ADD COLUMN withdrawn_reason VARCHAR(500);
-- Grows when what a certificate states about the officer changes after release (PID or name corrected).
ALTER TABLE completion ADD COLUMN credit_revision INTEGER DEFAULT 1 NOT NULL;
-- Voiding finds the completion a statement decided.
CREATE INDEX completion_statement_ix ON completion (statement_id);

-- In-person classes recorded by administrators: course, delivery, instructors, block days, and who attended with what
-- outcome. Each attendee's result becomes one xAPI statement (docs/xapi-profile.md), decided like any other, so a class
-- in blocks gives one completion dated its last block day.
CREATE SEQUENCE training_class_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE training_class (
    id                 BIGINT        NOT NULL PRIMARY KEY,
    reference          VARCHAR(100)  NOT NULL,
    tcole_number       VARCHAR(10)   NOT NULL REFERENCES course (tcole_number),
    delivery           VARCHAR(20)   NOT NULL,
    instructor_pids    VARCHAR(200),
    -- ISO dates of the block days, ascending, comma-separated
    block_days         VARCHAR(2000) NOT NULL,
    hours              INTEGER,
    module_description VARCHAR(500),
    recorded_by        VARCHAR(200)  NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT training_class_reference_uk UNIQUE (reference)
);
CREATE TABLE class_attendee (
    class_id     BIGINT      NOT NULL REFERENCES training_class (id),
    learner_id   BIGINT      NOT NULL REFERENCES learner (id),
    outcome      VARCHAR(20) NOT NULL,
    statement_id VARCHAR(36) NOT NULL,
    CONSTRAINT class_attendee_pk PRIMARY KEY (class_id, learner_id)
);
CREATE INDEX class_attendee_learner_ix ON class_attendee (learner_id);
