-- Upstreams defined in lrs-config/upstreams.json (tracker.upstream.file, docs/upstream.md): the file creates or
-- updates them at each start, and the admin API and page leave them alone. A small table: the default fills it.
ALTER TABLE upstream ADD COLUMN from_file BOOLEAN DEFAULT FALSE NOT NULL;
