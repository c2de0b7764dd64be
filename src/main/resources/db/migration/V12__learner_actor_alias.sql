-- Further actors of a learner (one learner, several xAPI identities). The learner portal gives a learner whose
-- actor is not an account a stable account actor for cmi5 (cmi5 §9.2 requires an account); statements about that
-- actor must count for the same learner, so learner lookups by actor also look here.
CREATE TABLE learner_actor_alias (
    actor_ifi  VARCHAR(600) NOT NULL PRIMARY KEY,
    learner_id BIGINT       NOT NULL REFERENCES learner (id) ON DELETE CASCADE,
    created_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);
CREATE INDEX learner_actor_alias_learner_ix ON learner_actor_alias (learner_id);
