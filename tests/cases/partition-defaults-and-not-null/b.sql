CREATE TABLE public.readings (
    site_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision DEFAULT 0 NOT NULL,
    source text DEFAULT 'manual'
) PARTITION BY RANGE (taken_at);

CREATE TABLE public.readings_2025 PARTITION OF public.readings
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

CREATE TABLE public.readings_2026 PARTITION OF public.readings
    FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');

-- This year's rows come from the new sensors unless said otherwise.
ALTER TABLE ONLY public.readings_2026 ALTER COLUMN source SET DEFAULT 'sensor';
