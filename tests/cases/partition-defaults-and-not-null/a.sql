CREATE TABLE public.readings (
    site_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
) PARTITION BY RANGE (taken_at);

CREATE TABLE public.readings_2025 PARTITION OF public.readings
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE TABLE public.readings_2026 PARTITION OF public.readings
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
