-- PostgreSQL only (H2 has no partial indexes). Almost no statement voids another, so the voiding look-ups
-- (a voiding statement cannot be voided, Data §2.3.2; voided targets on insert) need only the voiding rows:
-- a partial index stays tiny, is chosen for "voiding_target IN (...)", and costs nothing for the other inserts.
CREATE INDEX xapi_statement_voiding_partial_ix ON xapi_statement (voiding_target) WHERE voiding_target IS NOT NULL;
DROP INDEX xapi_statement_voiding_ix;
