-- When a job's cancel was first requested (epoch ms), kept until it ends CANCELED: the time from request to
-- CANCELED is a metric (jess_cancel_seconds), and the instance that ends the cancel need not be the one asked.
ALTER TABLE job ADD COLUMN cancel_requested BIGINT;
