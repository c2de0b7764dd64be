-- Failed sign-ins, shared by every instance over the one database (docs/security.md, section sign-in). One row per
-- throttled name or client address: ACCOUNT (a user name as typed, known or not), LRS_KEY (an xAPI key), ADDRESS
-- (the client's IP address). Only failures write here; a row is deleted by a successful sign-in of its name, by an
-- administrator, or by the purge once its failures are forgotten and it holds no lock.
CREATE TABLE sign_in_throttle (
    kind          VARCHAR(16)  NOT NULL,
    throttle_key  VARCHAR(200) NOT NULL,
    failures      INTEGER      NOT NULL,
    last_failure  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT sign_in_throttle_pk PRIMARY KEY (kind, throttle_key)
);
-- The admin list (newest first) and the purge look rows up by their last failure.
CREATE INDEX sign_in_throttle_last_failure_ix ON sign_in_throttle (last_failure);
