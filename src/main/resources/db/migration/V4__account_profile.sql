-- The JESS profile of an account (API contract §8): free text the user edits, each at most 200
-- characters, NULL until first set. Column names are JESS's field names.
-- Portable SQL: runs unchanged on H2 2.x and PostgreSQL 13+.
ALTER TABLE account ADD COLUMN title VARCHAR(200);
ALTER TABLE account ADD COLUMN firstname VARCHAR(200);
ALTER TABLE account ADD COLUMN middlename VARCHAR(200);
ALTER TABLE account ADD COLUMN surname VARCHAR(200);
ALTER TABLE account ADD COLUMN position VARCHAR(200);
ALTER TABLE account ADD COLUMN company VARCHAR(200);
ALTER TABLE account ADD COLUMN tel VARCHAR(200);
ALTER TABLE account ADD COLUMN address VARCHAR(200);
ALTER TABLE account ADD COLUMN postcode VARCHAR(200);
ALTER TABLE account ADD COLUMN country VARCHAR(200);
ALTER TABLE account ADD COLUMN website VARCHAR(200);
ALTER TABLE account ADD COLUMN twitter VARCHAR(200);
ALTER TABLE account ADD COLUMN linkedin VARCHAR(200);

-- the nickname is one of the profile fields now, so it takes as many characters as the others
ALTER TABLE account ALTER COLUMN nickname SET DATA TYPE VARCHAR(200);
