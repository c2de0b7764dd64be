-- GET /statements finds the statements that target a match through a StatementRef (xAPI Communication §2.1.3)
-- by the target's id: without this index that branch of the query scans every reference.
CREATE INDEX xapi_statement_ref_target_ix ON xapi_statement_ref (target_id, statement_seq);
