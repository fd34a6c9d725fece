CREATE SCHEMA legacy;
CREATE TYPE legacy.state AS ENUM ('a', 'b');
CREATE SEQUENCE legacy.counter;
CREATE TABLE legacy.things (id integer PRIMARY KEY DEFAULT nextval('legacy.counter'), state legacy.state);
CREATE VIEW legacy.thing_states AS SELECT state FROM legacy.things;
CREATE FUNCTION legacy.count_things() RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM legacy.things $$;
CREATE TABLE public.refs (id integer PRIMARY KEY, thing_id integer REFERENCES legacy.things (id));
