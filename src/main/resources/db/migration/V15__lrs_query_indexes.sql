-- GET /statements finds the statements that target a match through a StatementRef (xAPI Communication §2.1.3)
-- by the target's id: without this index that branch of the query scans every reference.
CREATE INDEX xapi_statement_ref_target_ix ON xapi_statement_ref (target_id, statement_seq);

-- since/until pages are ordered by (stored, seq): an index range walk from the window's edge instead of a walk
-- over every newer statement. It also serves MAX(stored), so the single-column index goes.
CREATE INDEX xapi_statement_stored_seq_ix ON xapi_statement (stored, seq);
DROP INDEX xapi_statement_stored_ix;

-- agent / related_agents / related_activities filters walk an agent's or activity's statements newest first: with
-- seq right after the key the walk is in page order and stops after one page, whatever the usage (the usage
-- column only narrows a plain agent filter to actor and object, checked inside the index).
CREATE INDEX xapi_statement_agent_seq_ix ON xapi_statement_agent (agent_ifi, statement_seq DESC, link_usage);
DROP INDEX xapi_statement_agent_link_ix;
CREATE INDEX xapi_statement_activity_seq_ix ON xapi_statement_activity (activity_iri, statement_seq DESC, link_usage);
DROP INDEX xapi_statement_activity_link_ix;
