-- LRS: link tables behind the agent / activity filters of GET /statements (Communication §2.1.3),
-- StatementRef targets for the "filter conditions for StatementRefs" rule, and canonical Activity definitions.
-- Every filter index ends in statement_seq DESC so a filtered page is an index range scan, newest first.

-- One row per (statement, agent or group IFI, usage). Members of a Group get a row with the Group's usage,
-- because §2.1.3 makes a Group whose member matches the agent parameter a match.
-- Usages: ACTOR, OBJECT, AUTHORITY, INSTRUCTOR, TEAM, CONTEXT_AGENT, CONTEXT_GROUP, and SUB_* for the same
-- properties inside a SubStatement object.
CREATE TABLE xapi_statement_agent (
    statement_seq BIGINT        NOT NULL,
    agent_ifi     VARCHAR(600)  NOT NULL,
    link_usage    VARCHAR(24)   NOT NULL,
    agent_name    VARCHAR(400)
);
CREATE INDEX xapi_statement_agent_link_ix ON xapi_statement_agent (agent_ifi, link_usage, statement_seq DESC);

-- Usages: OBJECT, PARENT, GROUPING, CATEGORY, OTHER, and SUB_* inside a SubStatement object.
CREATE TABLE xapi_statement_activity (
    statement_seq BIGINT        NOT NULL,
    activity_iri  VARCHAR(2000) NOT NULL,
    link_usage    VARCHAR(24)   NOT NULL
);
CREATE INDEX xapi_statement_activity_link_ix ON xapi_statement_activity (activity_iri, link_usage, statement_seq DESC);

-- Statements a statement targets through its StatementRef object, directly or through the target's own targets
-- (flattened when stored, so queries need no recursion). By id, so a target stored later still counts.
CREATE TABLE xapi_statement_ref (
    statement_seq BIGINT      NOT NULL,
    target_id     VARCHAR(36) NOT NULL
);
CREATE INDEX xapi_statement_ref_link_ix ON xapi_statement_ref (statement_seq DESC, target_id);

-- The canonical definition of each Activity (Data §2.4.4.1.s4): the last definition received wins.
-- VARCHAR, not TEXT: H2 maps TEXT to a CLOB, which the MERGE cannot compare.
CREATE TABLE xapi_activity (
    activity_iri VARCHAR(2000) NOT NULL PRIMARY KEY,
    definition   VARCHAR(1000000) NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
