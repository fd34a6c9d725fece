CREATE TABLE public.readings (
    id integer NOT NULL,
    taken date NOT NULL,
    value numeric
) PARTITION BY RANGE (taken);
-- kept as a table of its own (archive)
CREATE TABLE public.readings_2023 (
    id integer NOT NULL,
    taken date NOT NULL,
    value numeric
);
-- its bound widened to two years
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2026-01-01');
