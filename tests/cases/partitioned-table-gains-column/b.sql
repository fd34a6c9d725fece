CREATE TABLE public.readings (
    site_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision,
    unit text,
    quality smallint
)
PARTITION BY RANGE (taken_at);

CREATE TABLE public.readings_2025 (
    site_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision,
    unit text,
    quality smallint
);

CREATE TABLE public.readings_2026 (
    site_id integer NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision,
    unit text,
    quality smallint
);

ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_2025 FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00');

ALTER TABLE ONLY public.readings ATTACH PARTITION public.readings_2026 FOR VALUES FROM ('2026-01-01 00:00:00+00') TO ('2027-01-01 00:00:00+00');
