CREATE TABLE public.readings (
    id integer NOT NULL,
    taken date NOT NULL,
    value numeric
) PARTITION BY RANGE (taken);
CREATE TABLE public.readings_2024 PARTITION OF public.readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
-- loaded on the side, to be attached: ATTACH wants id NOT NULL and a value column, as the parent has
CREATE TABLE public.readings_2025 (
    id integer,
    taken date NOT NULL
);
