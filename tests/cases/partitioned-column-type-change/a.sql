CREATE TABLE public.measurements (
    id integer NOT NULL,
    taken date NOT NULL,
    value integer DEFAULT 0,
    unit text DEFAULT 'm'
) PARTITION BY RANGE (taken);
CREATE TABLE public.measurements_2024 PARTITION OF public.measurements FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.measurements_2025 PARTITION OF public.measurements (value DEFAULT 1) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
