-- Scope statements/read/mine (xAPI Communication §4.2) filters statements by the credential that stored them,
-- newest first like every other statement filter.
CREATE INDEX xapi_statement_credential_ix ON xapi_statement (credential_id, seq DESC);
