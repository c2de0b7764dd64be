-- LRS attachments (xAPI Data §2.4.11, Communication §1.5.2): the data of each attachment is kept once per SHA-2
-- hash, however many statements carry it; statements link to it by hash. Attachments sent only as fileUrl have
-- no data here: their metadata lives in the statement document.
-- BYTEA is PostgreSQL's binary type and an alias of VARBINARY in H2.
CREATE TABLE xapi_attachment_content (
    sha2         VARCHAR(128)  NOT NULL PRIMARY KEY,
    content_type VARCHAR(255)  NOT NULL,
    length       BIGINT        NOT NULL,
    content      BYTEA         NOT NULL,
    stored       TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE xapi_statement_attachment (
    statement_id VARCHAR(36)   NOT NULL,
    sha2         VARCHAR(128)  NOT NULL,
    CONSTRAINT xapi_statement_attachment_pk PRIMARY KEY (statement_id, sha2),
    CONSTRAINT xapi_statement_attachment_content_fk FOREIGN KEY (sha2) REFERENCES xapi_attachment_content (sha2)
);
CREATE INDEX xapi_statement_attachment_sha2_ix ON xapi_statement_attachment (sha2);
