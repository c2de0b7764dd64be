-- cmi5 LMS, part 1: imported course packages (cmi5 §13 course structure, §14 course package).
-- A course is keyed by its cmi5 course id (IRI); every import of it adds a version. Registrations (later) point
-- to one version, so a re-import never changes what a running registration launches; AU ids are the AU IRIs,
-- stable across versions.
CREATE SEQUENCE cmi5_course_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cmi5_course (
    id             BIGINT        NOT NULL PRIMARY KEY,
    course_iri     VARCHAR(2000) NOT NULL,
    tcole_number   VARCHAR(10)   NOT NULL,
    latest_version INTEGER       NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cmi5_course_iri_uk UNIQUE (course_iri)
);
CREATE INDEX cmi5_course_tcole_ix ON cmi5_course (tcole_number);

CREATE SEQUENCE cmi5_version_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE cmi5_course_version (
    id           BIGINT       NOT NULL PRIMARY KEY,
    course_id    BIGINT       NOT NULL REFERENCES cmi5_course (id) ON DELETE CASCADE,
    version      INTEGER      NOT NULL,
    status       VARCHAR(20)  NOT NULL,
    package_kind VARCHAR(10)  NOT NULL,
    title        VARCHAR      NOT NULL,
    description  VARCHAR      NOT NULL,
    objectives   VARCHAR      NOT NULL,
    au_count     INTEGER      NOT NULL,
    block_count  INTEGER      NOT NULL,
    file_count   INTEGER      NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    imported_by  VARCHAR(200) NOT NULL,
    CONSTRAINT cmi5_version_uk UNIQUE (course_id, version),
    CONSTRAINT cmi5_version_status_ck CHECK (status IN ('IMPORTING', 'READY')),
    CONSTRAINT cmi5_version_kind_ck CHECK (package_kind IN ('ZIP', 'XML'))
);

-- Blocks and AUs of one version. seq = position in cmi5.xml document order (blocks and AUs counted together),
-- so ORDER BY seq gives the structure back in the order of the file; parent_seq is the enclosing block (NULL at
-- the course level). Keys are (version_id, seq) so an import inserts everything in two batches, no id look-ups.
CREATE TABLE cmi5_block (
    version_id  BIGINT        NOT NULL REFERENCES cmi5_course_version (id) ON DELETE CASCADE,
    seq         INTEGER       NOT NULL,
    parent_seq  INTEGER,
    block_iri   VARCHAR(2000) NOT NULL,
    title       VARCHAR       NOT NULL,
    description VARCHAR       NOT NULL,
    objectives  VARCHAR,
    PRIMARY KEY (version_id, seq)
);
CREATE TABLE cmi5_au (
    version_id        BIGINT        NOT NULL REFERENCES cmi5_course_version (id) ON DELETE CASCADE,
    seq               INTEGER       NOT NULL,
    parent_seq        INTEGER,
    au_iri            VARCHAR(2000) NOT NULL,
    title             VARCHAR       NOT NULL,
    description       VARCHAR       NOT NULL,
    objectives        VARCHAR,
    url               VARCHAR(4000) NOT NULL,
    launch_method     VARCHAR(20)   NOT NULL,
    move_on           VARCHAR(20)   NOT NULL,
    mastery_score     DECIMAL(5, 4),
    launch_parameters VARCHAR,
    entitlement_key   VARCHAR,
    activity_type     VARCHAR(2000),
    PRIMARY KEY (version_id, seq),
    CONSTRAINT cmi5_au_iri_uk UNIQUE (version_id, au_iri),
    CONSTRAINT cmi5_au_move_on_ck CHECK (move_on IN ('Passed', 'Completed', 'CompletedAndPassed',
        'CompletedOrPassed', 'NotApplicable')),
    CONSTRAINT cmi5_au_launch_ck CHECK (launch_method IN ('AnyWindow', 'OwnWindow'))
);

-- Package files, stored in the database so that every instance over it serves the same content and an import
-- or delete is one transaction. Stored in chunks: H2 limits one BYTEA value to 1 MiB, and chunks let the
-- content servlet stream a file without holding it in memory.
CREATE TABLE cmi5_file (
    version_id   BIGINT        NOT NULL REFERENCES cmi5_course_version (id) ON DELETE CASCADE,
    path         VARCHAR(1000) NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    chunk_count  INTEGER       NOT NULL,
    PRIMARY KEY (version_id, path)
);
CREATE TABLE cmi5_file_chunk (
    version_id BIGINT        NOT NULL,
    path       VARCHAR(1000) NOT NULL,
    chunk_no   INTEGER       NOT NULL,
    data       BYTEA         NOT NULL,
    PRIMARY KEY (version_id, path, chunk_no),
    CONSTRAINT cmi5_chunk_file_fk FOREIGN KEY (version_id, path) REFERENCES cmi5_file (version_id, path)
        ON DELETE CASCADE
);
