CREATE SCHEMA legacy;
CREATE TABLE legacy.things (id integer PRIMARY KEY);
CREATE SEQUENCE legacy.counter;
CREATE FUNCTION legacy.f() RETURNS integer LANGUAGE sql RETURN 1;
CREATE VIEW legacy.v AS SELECT id FROM legacy.things;
CREATE TYPE legacy.e AS ENUM ('x');
