CREATE SCHEMA docs;
CREATE TABLE docs.pages (id integer PRIMARY KEY, title text);
CREATE INDEX pages_title_idx ON docs.pages (title);
CREATE VIEW docs.titles AS SELECT title FROM docs.pages;
CREATE SEQUENCE docs.page_no;
CREATE FUNCTION docs.page_count() RETURNS bigint LANGUAGE sql RETURN (SELECT count(*) FROM docs.pages);
CREATE TYPE docs.kind AS ENUM ('a');
COMMENT ON TABLE docs.pages IS 'old table comment';
COMMENT ON COLUMN docs.pages.title IS 'to be removed';
