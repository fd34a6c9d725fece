CREATE SCHEMA core;
CREATE TABLE core."Deliveries" (
    id integer,
    region varchar(255),
    carrier text COLLATE "POSIX" NOT NULL DEFAULT 'some default',
    seq serial,
    CHECK (seq > 0),
    PRIMARY KEY (region, id),
    UNIQUE (region, carrier)
) PARTITION BY LIST (region);
ALTER TABLE core."Deliveries" REPLICA IDENTITY FULL;

CREATE SCHEMA parts;
CREATE TABLE parts."DELIVERIES_1" PARTITION OF core."Deliveries" (
    region NOT NULL,
    carrier NOT NULL
) FOR VALUES IN ('one');
ALTER TABLE parts."DELIVERIES_1" REPLICA IDENTITY NOTHING;
CREATE TABLE parts.deliveries_2 PARTITION OF core."Deliveries" FOR VALUES IN ('two');
ALTER TABLE parts.deliveries_2 REPLICA IDENTITY FULL;
CREATE TABLE parts.deliveries_3 PARTITION OF core."Deliveries" FOR VALUES IN ('three');
CREATE UNIQUE INDEX deliveries_region_seq_idx ON core."Deliveries" (region, seq);
CREATE INDEX deliveries_1_region_idx ON parts."DELIVERIES_1" (region);
CREATE UNIQUE INDEX deliveries_2_region_idx ON parts.deliveries_2 (region);
