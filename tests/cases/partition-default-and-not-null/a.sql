CREATE TABLE public.orders (
    id integer NOT NULL,
    placed date NOT NULL,
    status text DEFAULT 'new',
    amount numeric
) PARTITION BY RANGE (placed);
CREATE TABLE public.orders_2024 PARTITION OF public.orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.orders_2025 PARTITION OF public.orders FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
