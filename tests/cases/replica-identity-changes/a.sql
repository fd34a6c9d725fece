CREATE SCHEMA feed;
CREATE TABLE feed."Changes" (
    id integer PRIMARY KEY
);
ALTER TABLE feed."Changes" REPLICA IDENTITY FULL;
CREATE TABLE feed.keyed (
    id integer PRIMARY KEY,
    natural_key text NOT NULL
);
CREATE TABLE feed.quiet (
    id integer PRIMARY KEY
);
