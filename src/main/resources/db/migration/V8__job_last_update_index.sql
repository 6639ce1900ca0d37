-- Live status streams ask every second for the jobs changed since a moment: this index answers that
-- without reading the whole job table, at the cost of one more index entry per job row update.
CREATE INDEX job_last_update_ix ON job (last_update);
