CREATE TABLE public.readings (id bigint NOT NULL, region text NOT NULL, taken date NOT NULL, v numeric) PARTITION BY LIST (region);
CREATE TABLE public.readings_n PARTITION OF public.readings FOR VALUES IN ('n') PARTITION BY RANGE (taken);
CREATE TABLE public.readings_n_2024 PARTITION OF public.readings_n FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.buckets (id bigint NOT NULL, v text) PARTITION BY HASH (id);
CREATE TABLE public.buckets_0 PARTITION OF public.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.buckets_1 PARTITION OF public.buckets FOR VALUES WITH (MODULUS 2, REMAINDER 1);
