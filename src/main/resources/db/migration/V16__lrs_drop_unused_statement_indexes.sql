-- The agent filter (Communication §2.1.3) is answered from xapi_statement_agent (V7, V15): these two indexes on
-- the statement row were never read, yet every stored statement paid for their upkeep.
DROP INDEX xapi_statement_actor_ix;
DROP INDEX xapi_statement_object_agent_ix;
