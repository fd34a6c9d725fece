CREATE SCHEMA lookups;
CREATE TYPE lookups."Colour" AS ENUM ('Red', 'green', 'blue sky');
CREATE TABLE lookups.paints (id integer PRIMARY KEY, c lookups."Colour", cs lookups."Colour"[]);
