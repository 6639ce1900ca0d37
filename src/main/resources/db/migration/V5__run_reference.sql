-- Where a case runs or last ran: the executor's kind and its handle ("local:<instance>", later a cluster
-- scheduler's job id), written with the claim, so that any instance can find, stop or adopt the run.
ALTER TABLE sim_case ADD COLUMN run_ref VARCHAR(200);
