-- A jEPlus case's raw value for each tag of its project (a JSON array of strings), kept from preparation to dispatch:
-- its model is written only when it runs, since a large job's models would not fit on the disk all at once.
ALTER TABLE sim_case ADD COLUMN case_values VARCHAR(1000000);
