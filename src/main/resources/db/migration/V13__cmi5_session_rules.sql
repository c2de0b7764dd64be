-- cmi5 statement rules for AU sessions (cmi5 §9.2–§9.6, §11). The rules are judged inside the transaction that
-- stores the statements, so what they record here commits or rolls back with them.
-- au_activity_id / mastery_score: fixed at launch (§8.1.5 activityId, §10.2.4 masteryScore); NULL for sessions
-- launched before this migration (those skip the rules that need them).
ALTER TABLE cmi5_session ADD COLUMN au_activity_id VARCHAR(2000);
ALTER TABLE cmi5_session ADD COLUMN mastery_score NUMERIC(5, 4);
-- cmi5 defined verbs the AU has used in the session, space separated short names (§9.3 ordering rules).
ALTER TABLE cmi5_session ADD COLUMN verbs_used VARCHAR(200) DEFAULT '' NOT NULL;
-- The AU read its cmi5LearnerPreferences agent profile (§11: it MUST on startup, before "initialized").
ALTER TABLE cmi5_session ADD COLUMN preferences_read BOOLEAN DEFAULT FALSE NOT NULL;
