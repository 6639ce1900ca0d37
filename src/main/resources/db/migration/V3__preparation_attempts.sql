-- How many times a job's preparation has started: a preparation that keeps failing (its input files
-- gone, a value the database cannot hold) ends the job REJECTED instead of being retried forever.
ALTER TABLE job ADD COLUMN prep_attempts INTEGER DEFAULT 0 NOT NULL;
