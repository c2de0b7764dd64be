-- LRS document resources (xAPI Communication §2.2): State, Activity Profile and Agent Profile documents.
-- context_hash = SHA-256 of (kind, activityId, agent IFI, registration): the set that ids GET, since and the State
-- DELETE-all work on. doc_key = SHA-256 of the context and the document id: one row per document, so two writers of
-- the same new document cannot both insert (the loser retries and merges). Hashes keep the keys short whatever the
-- length of IRIs and ids; the plain columns are kept for reading and support.
CREATE TABLE xapi_document (
    doc_key       CHAR(64)      NOT NULL PRIMARY KEY,
    context_hash  CHAR(64)      NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    activity_iri  VARCHAR(4000),
    agent_ifi     VARCHAR(4000),
    registration  VARCHAR(36),
    document_id   VARCHAR(4000) NOT NULL,
    content_type  VARCHAR(255)  NOT NULL,
    content       BYTEA         NOT NULL,
    etag          CHAR(40)      NOT NULL,
    updated       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX xapi_document_context_ix ON xapi_document (context_hash, updated);
