CREATE TABLE public.measurement (
    city_id         int NOT NULL,
    logdate         date NOT NULL,
    peaktemp        int,
    unitsales       int
) PARTITION BY RANGE (logdate);

CREATE TABLE public.measurement_y2006m02 PARTITION OF public.measurement
    FOR VALUES FROM ('2006-02-01') TO ('2006-03-01');

CREATE TABLE public.measurement_y2006m03 PARTITION OF public.measurement
    FOR VALUES FROM ('2006-03-01') TO ('2006-04-01');

CREATE INDEX ON public.measurement_y2006m02 (logdate);

CREATE TABLE public.regular_to_partitioned (city_id int NOT NULL, logdate date NOT NULL, peaktemp int, unitsales int);

CREATE TABLE public.partitioned_to_regular (city_id int NOT NULL, logdate date NOT NULL, peaktemp int, unitsales int) PARTITION BY RANGE (logdate);
