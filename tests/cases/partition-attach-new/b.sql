CREATE TABLE public.readings (
    id integer NOT NULL,
    taken date NOT NULL,
    value numeric
) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.readings_2025 PARTITION OF public.readings FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.readings_2026 PARTITION OF public.readings FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.readings_other PARTITION OF public.readings DEFAULT;
