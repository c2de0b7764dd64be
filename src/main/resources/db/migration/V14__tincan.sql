-- Tin Can (TCAPI) packages: tincan.xml zips imported next to cmi5 courses. They share the course, version and file
-- tables (so /content/{id}/{version}/... serves them unchanged) and the registrations; format tells them apart.
-- cmi5_course is small (one row per imported course): adding a column with a constant default rewrites nothing.
ALTER TABLE cmi5_course ADD COLUMN format VARCHAR(10) DEFAULT 'CMI5' NOT NULL;
ALTER TABLE cmi5_course ADD CONSTRAINT cmi5_course_format_ck CHECK (format IN ('CMI5', 'TINCAN'));

-- The activities of one tincan.xml, in file order. launch is the <launch> element (relative path in the zip or
-- absolute URL); launched marks the one activity a launch opens.
CREATE TABLE tincan_activity (
    version_id    BIGINT        NOT NULL REFERENCES cmi5_course_version (id) ON DELETE CASCADE,
    seq           INTEGER       NOT NULL,
    activity_iri  VARCHAR(2000) NOT NULL,
    activity_type VARCHAR(2000),
    name          VARCHAR       NOT NULL,
    description   VARCHAR       NOT NULL,
    launch        VARCHAR(4000),
    launch_lang   VARCHAR(100),
    launched      BOOLEAN       NOT NULL,
    PRIMARY KEY (version_id, seq)
);

-- One row per launch of a Tin Can registration with the LRS credential issued for it. A new launch of the same
-- registration ends (and revokes the credential of) the previous one; statement and document policies find the
-- launch by credential key.
CREATE TABLE tincan_launch (
    launch_id      VARCHAR(36)  NOT NULL PRIMARY KEY,
    registration   VARCHAR(36)  NOT NULL REFERENCES cmi5_registration (registration) ON DELETE CASCADE,
    credential_key VARCHAR(100) NOT NULL,
    launched_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT tincan_launch_credential_uk UNIQUE (credential_key)
);
CREATE INDEX tincan_launch_registration_ix ON tincan_launch (registration, ended_at);
