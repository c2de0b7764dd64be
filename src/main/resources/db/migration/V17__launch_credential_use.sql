-- Launch credentials (cmi5 AU session tokens, Tin Can launch auth) die after tracker.launch.idle-timeout-minutes
-- without use. last_used_at is the last recorded use (written at most once a minute per credential, not on every
-- request); NULL means not used since the launch, so launched_at counts. Both tables are small (one row per launch):
-- adding a nullable column rewrites nothing.
ALTER TABLE cmi5_session ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE tincan_launch ADD COLUMN last_used_at TIMESTAMP WITH TIME ZONE;
-- The idle sweep looks for open sessions and launches by last use.
CREATE INDEX cmi5_session_idle_ix ON cmi5_session (state, last_used_at);
CREATE INDEX tincan_launch_idle_ix ON tincan_launch (ended_at, last_used_at);
