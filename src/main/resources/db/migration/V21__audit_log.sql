-- Audit log (issue 13, item 7): every change to a completion, certificate or report entry, written in the same
-- transaction as the change, so a change without its audit row (or the reverse) cannot be committed. Append-only.
CREATE SEQUENCE audit_entry_seq START WITH 50 INCREMENT BY 50;
CREATE TABLE audit_entry (
    id           BIGINT        NOT NULL PRIMARY KEY,
    at           TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(200)  NOT NULL,
    subject_type VARCHAR(40)   NOT NULL,
    subject_id   BIGINT        NOT NULL,
    action       VARCHAR(60)   NOT NULL,
    reason       VARCHAR(1000),
    detail       VARCHAR(2000)
);
-- The admin reads one subject's history, oldest first.
CREATE INDEX audit_entry_subject_ix ON audit_entry (subject_type, subject_id, id);
