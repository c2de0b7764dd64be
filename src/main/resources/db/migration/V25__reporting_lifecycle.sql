-- The TCOLE reporting lifecycle (issue 13, item 7). An entry goes QUEUED -> EXPORTED (in one immutable roster)
-- -> SUBMITTED (the roster uploaded, with TCOLE's batch reference) -> ACCEPTED, or is REJECTED per record with a
-- reason and then CORRECTED by a new QUEUED entry that points at it. Credit taken back makes a queued entry
-- WITHDRAWN, and an exported one gets a WITHDRAW correction entry; a record changed after export gets an AMEND
-- correction entry. So a completion now has several entries; the old REPORTED is SUBMITTED.
ALTER TABLE report_entry DROP CONSTRAINT report_entry_status_ck;
ALTER TABLE report_entry DROP CONSTRAINT report_entry_roster_ck;
ALTER TABLE report_entry DROP CONSTRAINT report_entry_completion_uk;
UPDATE report_entry SET status = 'SUBMITTED' WHERE status = 'REPORTED';

ALTER TABLE report_entry ADD COLUMN kind VARCHAR(10) DEFAULT 'ORIGINAL' NOT NULL;
-- What caused the entry, unique: a redelivered event or a repeated request finds its entry instead of adding one.
ALTER TABLE report_entry ADD COLUMN origin VARCHAR(60);
UPDATE report_entry SET origin = 'credit:' || CAST(completion_id AS VARCHAR(20));
ALTER TABLE report_entry ALTER COLUMN origin SET NOT NULL;
ALTER TABLE report_entry ADD CONSTRAINT report_entry_origin_uk UNIQUE (origin);
ALTER TABLE report_entry ADD COLUMN corrects_entry_id BIGINT;
ALTER TABLE report_entry ADD CONSTRAINT report_entry_corrects_fk FOREIGN KEY (corrects_entry_id)
    REFERENCES report_entry (id);
ALTER TABLE report_entry ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE report_entry ADD COLUMN started_on DATE;
ALTER TABLE report_entry ADD COLUMN instructors VARCHAR(500);
ALTER TABLE report_entry ADD COLUMN notes VARCHAR(1000);
-- The 30-day clock starts here: the completion date for an original, the day a correction was queued.
ALTER TABLE report_entry ADD COLUMN due_from DATE;
UPDATE report_entry SET due_from = completed_on;
ALTER TABLE report_entry ALTER COLUMN due_from SET NOT NULL;
ALTER TABLE report_entry ADD COLUMN status_reason VARCHAR(1000);
ALTER TABLE report_entry ADD COLUMN status_changed_at TIMESTAMP WITH TIME ZONE;
UPDATE report_entry SET status_changed_at = queued_at;
ALTER TABLE report_entry ALTER COLUMN status_changed_at SET NOT NULL;

ALTER TABLE report_entry ADD CONSTRAINT report_entry_status_ck CHECK (status IN
    ('QUEUED', 'EXPORTED', 'SUBMITTED', 'ACCEPTED', 'REJECTED', 'CORRECTED', 'WITHDRAWN'));
ALTER TABLE report_entry ADD CONSTRAINT report_entry_kind_ck CHECK (kind IN ('ORIGINAL', 'AMEND', 'WITHDRAW'));
-- Only entries that left the queue belong to a roster; a withdrawn one may or may not have.
ALTER TABLE report_entry ADD CONSTRAINT report_entry_roster_ck CHECK (
    (status = 'QUEUED' AND roster_id IS NULL) OR status = 'WITHDRAWN' OR roster_id IS NOT NULL);
ALTER TABLE report_entry ADD CONSTRAINT report_entry_revision_ck CHECK (revision >= 1);

DROP INDEX report_entry_status_ix;
-- The listing by state, most urgent first, and the export's conditional update.
CREATE INDEX report_entry_status_ix ON report_entry (status, due_from, id);
CREATE INDEX report_entry_completion_ix ON report_entry (completion_id, id);

-- A roster is kept as exported: the column layout it was written with is stored, and the entries in it are never
-- changed (corrections are new entries), so its CSV is the same bytes for ever; csv_sha256 lets anyone check that.
-- reported_at / reported_by now record the submission to TCOLE, with TCOLE's batch reference.
ALTER TABLE roster ADD COLUMN columns_spec VARCHAR(1000);
ALTER TABLE roster ADD COLUMN headers_spec VARCHAR(2000);
ALTER TABLE roster ADD COLUMN csv_sha256 VARCHAR(64);
ALTER TABLE roster ADD COLUMN tcole_reference VARCHAR(100);
ALTER TABLE roster ADD COLUMN accepted_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE roster ADD COLUMN accepted_by VARCHAR(200);

-- One row per completion reporting has heard of, locked (SELECT ... FOR UPDATE) by every handler of that
-- completion's events, so a credit and its withdrawal arriving together are applied one after the other. It keeps
-- the highest revision applied (an older or repeated one changes nothing) and whether the credit was withdrawn (a
-- credit arriving after its withdrawal is never queued).
CREATE TABLE report_completion (
    completion_id  BIGINT       NOT NULL PRIMARY KEY,
    revision       INTEGER      NOT NULL,
    withdrawn_at   TIMESTAMP WITH TIME ZONE,
    withdrawn_why  VARCHAR(1000)
);
INSERT INTO report_completion (completion_id, revision)
    SELECT DISTINCT completion_id, 1 FROM report_entry;
