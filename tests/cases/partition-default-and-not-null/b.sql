CREATE TABLE public.orders (
    id integer NOT NULL,
    placed date NOT NULL,
    status text DEFAULT 'open' NOT NULL,
    amount numeric DEFAULT 0
) PARTITION BY RANGE (placed);
CREATE TABLE public.orders_2024 PARTITION OF public.orders (status DEFAULT 'archived') FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE public.orders_2025 PARTITION OF public.orders (amount NOT NULL) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE public.orders_2026 PARTITION OF public.orders (status DEFAULT 'future') FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
