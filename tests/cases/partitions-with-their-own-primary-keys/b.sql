CREATE TABLE public."Readings" (
    id integer,
    seq serial,
    region varchar(255),
    sensor text,
    CHECK (seq > 0)
) PARTITION BY LIST (region);
CREATE TABLE public."READINGS_1" PARTITION OF public."Readings" (
    region NOT NULL,
    sensor NOT NULL,
    PRIMARY KEY (region, id)
) FOR VALUES IN ('one');
ALTER TABLE public."READINGS_1" ENABLE ROW LEVEL SECURITY;
CREATE TABLE public.readings_2 PARTITION OF public."Readings" (
    PRIMARY KEY (region, sensor)
) FOR VALUES IN ('two');
CREATE TABLE public.readings_3 PARTITION OF public."Readings" (
    PRIMARY KEY (region, seq),
    UNIQUE (region, sensor)
) FOR VALUES IN ('three');
CREATE UNIQUE INDEX readings_region_sensor_idx ON public."Readings" (region, sensor);
CREATE INDEX readings_1_region_idx ON public."READINGS_1" (region);
