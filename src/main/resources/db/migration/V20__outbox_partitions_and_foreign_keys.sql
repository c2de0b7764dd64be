-- Outbox: events of one subscriber that share a partition key (the actor or learner they concern) are handled one
-- at a time, oldest first, whichever instance claims them; NULL keys are not ordered.
ALTER TABLE outbox_event ADD COLUMN partition_key VARCHAR(700);
CREATE INDEX outbox_event_partition_ix ON outbox_event (subscriber, partition_key, status, id);

-- Rows that name another context's row by id: the database refuses an orphan, whatever a crash or a bug does.
-- (Nothing deletes learners, completions or statements; a database holding orphans from before this version
-- fails here and names the constraint: docs/operations.md, "Upgrading", lists the query that finds them.)
ALTER TABLE completion ADD CONSTRAINT completion_statement_fk
    FOREIGN KEY (statement_id) REFERENCES xapi_statement (statement_id);
ALTER TABLE certificate ADD CONSTRAINT certificate_completion_fk FOREIGN KEY (completion_id) REFERENCES completion (id);
ALTER TABLE certificate ADD CONSTRAINT certificate_learner_fk FOREIGN KEY (learner_id) REFERENCES learner (id);
ALTER TABLE report_entry ADD CONSTRAINT report_entry_completion_fk
    FOREIGN KEY (completion_id) REFERENCES completion (id);
ALTER TABLE report_entry ADD CONSTRAINT report_entry_learner_fk FOREIGN KEY (learner_id) REFERENCES learner (id);
ALTER TABLE cmi5_registration ADD CONSTRAINT cmi5_registration_learner_fk
    FOREIGN KEY (learner_id) REFERENCES learner (id);
ALTER TABLE user_account ADD CONSTRAINT user_account_learner_fk FOREIGN KEY (learner_id) REFERENCES learner (id);
