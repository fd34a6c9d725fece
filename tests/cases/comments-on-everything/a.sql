CREATE SCHEMA reports;
CREATE TYPE reports.level AS ENUM ('a', 'b');
CREATE TABLE reports.entries (id integer CONSTRAINT entries_pk PRIMARY KEY, level reports.level, CONSTRAINT level_set CHECK (level IS NOT NULL));
CREATE INDEX entries_level ON reports.entries (level);
CREATE SEQUENCE reports.numbers;
CREATE VIEW reports.entry_ids AS SELECT id FROM reports.entries;
CREATE FUNCTION reports.one() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
COMMENT ON SCHEMA reports IS 'old';
COMMENT ON TABLE reports.entries IS 'old';
