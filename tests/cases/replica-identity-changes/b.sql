CREATE SCHEMA feed;
CREATE TABLE feed."Changes" (
    id integer PRIMARY KEY
);
ALTER TABLE feed."Changes" REPLICA IDENTITY DEFAULT;
CREATE TABLE feed.keyed (
    id integer PRIMARY KEY,
    natural_key text NOT NULL
);
CREATE UNIQUE INDEX keyed_natural_key_idx ON feed.keyed (natural_key);
ALTER TABLE feed.keyed REPLICA IDENTITY USING INDEX keyed_natural_key_idx;
CREATE TABLE feed.quiet (
    id integer PRIMARY KEY
);
ALTER TABLE feed.quiet REPLICA IDENTITY NOTHING;
