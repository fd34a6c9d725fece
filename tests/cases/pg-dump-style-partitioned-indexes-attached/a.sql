CREATE TABLE public.orders (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric
)
PARTITION BY RANGE (placed);
CREATE TABLE public.orders_2024 (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric
);
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
