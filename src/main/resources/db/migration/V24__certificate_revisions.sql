-- Certificates are reissued when what they certify changes (completion-credited revision 2, 3, ...): each revision
-- is its own row, the older one SUPERSEDED and pointing at its replacement's code. Existing rows are revision 1.
-- Also the snapshot fields of the richer completion-credited: instructors (TCOLE PIDs, comma-separated digits),
-- block start, 3312 module description and partial Train-the-Trainer credit (certificate of attendance).
ALTER TABLE certificate ADD COLUMN revision INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE certificate ADD COLUMN superseded_by VARCHAR(64);
ALTER TABLE certificate ADD COLUMN instructors VARCHAR(500);
ALTER TABLE certificate ADD COLUMN started_on DATE;
ALTER TABLE certificate ADD COLUMN module_description VARCHAR(1000);
ALTER TABLE certificate ADD COLUMN partial_credit BOOLEAN DEFAULT FALSE NOT NULL;
-- The foreign key goes first: H2 lends it the unique index, and would keep that index (unique) for it.
ALTER TABLE certificate DROP CONSTRAINT certificate_completion_fk;
ALTER TABLE certificate DROP CONSTRAINT certificate_completion_uk;
ALTER TABLE certificate ADD CONSTRAINT certificate_completion_revision_uk UNIQUE (completion_id, revision);
ALTER TABLE certificate ADD CONSTRAINT certificate_completion_fk FOREIGN KEY (completion_id) REFERENCES completion (id);
ALTER TABLE certificate ADD CONSTRAINT certificate_revision_ck CHECK (revision >= 1);
