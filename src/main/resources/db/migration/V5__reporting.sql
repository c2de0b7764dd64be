-- Reporting: the TCOLE report queue (ALERRT-reported deliveries only) and the rosters exported from it.
CREATE SEQUENCE roster_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE roster (
    id          BIGINT       NOT NULL PRIMARY KEY,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by  VARCHAR(200) NOT NULL,
    entry_count INTEGER      NOT NULL,
    reported_at TIMESTAMP WITH TIME ZONE,
    reported_by VARCHAR(200)
);

CREATE SEQUENCE report_entry_seq START WITH 50 INCREMENT BY 50;
-- completion_id is unique: a completion is queued at most once, so it can never be reported twice.
-- status moves only forward: QUEUED -> EXPORTED (roster_id set) -> REPORTED.
CREATE TABLE report_entry (
    id            BIGINT       NOT NULL PRIMARY KEY,
    completion_id BIGINT       NOT NULL,
    learner_id    BIGINT       NOT NULL,
    pid           VARCHAR(20)  NOT NULL,
    first_name    VARCHAR(100) NOT NULL,
    last_name     VARCHAR(100) NOT NULL,
    agency        VARCHAR(200),
    tcole_number  VARCHAR(10)  NOT NULL,
    course_title  VARCHAR(300) NOT NULL,
    delivery      VARCHAR(20)  NOT NULL,
    completed_on  DATE         NOT NULL,
    credit_hours  INTEGER      NOT NULL,
    status        VARCHAR(20)  NOT NULL,
    roster_id     BIGINT REFERENCES roster (id),
    queued_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT report_entry_completion_uk UNIQUE (completion_id),
    CONSTRAINT report_entry_status_ck CHECK (status IN ('QUEUED', 'EXPORTED', 'REPORTED')),
    CONSTRAINT report_entry_roster_ck CHECK ((status = 'QUEUED') = (roster_id IS NULL))
);
-- The queue listing (by status, oldest completion first: the most urgent on top) and the export's conditional update.
CREATE INDEX report_entry_status_ix ON report_entry (status, completed_on, id);
CREATE INDEX report_entry_roster_ix ON report_entry (roster_id);
