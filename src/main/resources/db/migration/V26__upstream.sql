-- Upstream LRSs the tracker pulls statements from (issue 16, docs/upstream.md). The secret is sealed with AES-GCM
-- under tracker.upstream.key (never stored or shown in clear). Small admin tables: no index beyond the keys.
CREATE SEQUENCE upstream_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE upstream (
    id                      BIGINT        NOT NULL PRIMARY KEY,
    name                    VARCHAR(100)  NOT NULL,
    endpoint                VARCHAR(2000) NOT NULL,
    api_key                 VARCHAR(200)  NOT NULL,
    secret_sealed           VARCHAR(2000) NOT NULL,
    xapi_version            VARCHAR(10)   NOT NULL,
    pull_enabled            BOOLEAN       NOT NULL,
    pull_activity           VARCHAR(2000),
    pull_related_activities BOOLEAN       NOT NULL,
    pull_verb               VARCHAR(1000),
    pull_since              TIMESTAMP WITH TIME ZONE,
    poll_seconds            INTEGER       NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT upstream_name_uk UNIQUE (name)
);
-- Where the pull of one upstream stands, committed in the transaction that stores each page, so a crash resumes
-- from the last stored page: the stored time and id of its last statement, the remote's "more" IRL while a result
-- is being paged. page_seq fences a page against a second puller (a split cluster): the update names the value it
-- read before fetching.
CREATE TABLE upstream_pull_checkpoint (
    upstream_id       BIGINT        NOT NULL PRIMARY KEY,
    last_stored       TIMESTAMP WITH TIME ZONE,
    last_statement_id VARCHAR(36),
    more_irl          VARCHAR(4000),
    page_seq          BIGINT        NOT NULL,
    pulled            BIGINT        NOT NULL,
    last_run_at       TIMESTAMP WITH TIME ZONE,
    last_success_at   TIMESTAMP WITH TIME ZONE,
    last_error        VARCHAR(2000),
    last_error_at     TIMESTAMP WITH TIME ZONE,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT upstream_pull_checkpoint_fk FOREIGN KEY (upstream_id) REFERENCES upstream (id) ON DELETE CASCADE
);
-- Forwarding to the upstream (docs/upstream.md): whether and what (rules as a JSON array of {activity, verb}), and
-- the position in the local stored order (xapi_statement.seq) up to which statements have been sent or dead-lettered,
-- moved in the transaction that records the outcome of each batch.
CREATE TABLE upstream_forward (
    upstream_id     BIGINT        NOT NULL PRIMARY KEY,
    enabled         BOOLEAN       NOT NULL,
    rules           VARCHAR(8000) NOT NULL,
    position        BIGINT        NOT NULL,
    forwarded       BIGINT        NOT NULL,
    last_stored     TIMESTAMP WITH TIME ZONE,
    caught_up       BOOLEAN       NOT NULL,
    last_run_at     TIMESTAMP WITH TIME ZONE,
    last_success_at TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(2000),
    last_error_at   TIMESTAMP WITH TIME ZONE,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT upstream_forward_fk FOREIGN KEY (upstream_id) REFERENCES upstream (id) ON DELETE CASCADE
);
-- Statements an upstream refused (4xx, or a 409 for a different statement under the same id), for an administrator
-- to inspect, correct and retry, or discard. One row per upstream and statement.
CREATE SEQUENCE upstream_dead_letter_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE upstream_dead_letter (
    id           BIGINT        NOT NULL PRIMARY KEY,
    upstream_id  BIGINT        NOT NULL,
    statement_id VARCHAR(36)   NOT NULL,
    position     BIGINT        NOT NULL,
    document     TEXT          NOT NULL,
    http_status  INTEGER,
    error        VARCHAR(2000) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    retried_at   TIMESTAMP WITH TIME ZONE,
    CONSTRAINT upstream_dead_letter_uk UNIQUE (upstream_id, statement_id),
    CONSTRAINT upstream_dead_letter_fk FOREIGN KEY (upstream_id) REFERENCES upstream (id) ON DELETE CASCADE
);
