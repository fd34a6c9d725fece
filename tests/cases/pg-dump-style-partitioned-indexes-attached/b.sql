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
CREATE TABLE public.orders_default (
    id integer NOT NULL,
    placed date NOT NULL,
    total numeric
);
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
ALTER TABLE ONLY public.orders ATTACH PARTITION public.orders_default DEFAULT;
ALTER TABLE ONLY public.orders
    ADD CONSTRAINT orders_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY public.orders_2024
    ADD CONSTRAINT orders_2024_pkey PRIMARY KEY (id, placed);
ALTER TABLE ONLY public.orders_default
    ADD CONSTRAINT orders_default_pkey PRIMARY KEY (id, placed);
CREATE INDEX orders_total_idx ON ONLY public.orders USING btree (total);
CREATE INDEX orders_2024_total_idx ON public.orders_2024 USING btree (total);
CREATE INDEX orders_default_total_idx ON public.orders_default USING btree (total);
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_2024_pkey;
ALTER INDEX public.orders_total_idx ATTACH PARTITION public.orders_2024_total_idx;
ALTER INDEX public.orders_pkey ATTACH PARTITION public.orders_default_pkey;
ALTER INDEX public.orders_total_idx ATTACH PARTITION public.orders_default_total_idx;
