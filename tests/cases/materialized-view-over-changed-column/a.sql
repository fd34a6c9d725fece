CREATE TABLE public.sales (id integer PRIMARY KEY, amount integer NOT NULL);
CREATE MATERIALIZED VIEW public.sales_total AS SELECT sum(amount) AS total FROM public.sales;
CREATE UNIQUE INDEX sales_total_idx ON public.sales_total (total);
CREATE VIEW public.sales_view AS SELECT total FROM public.sales_total;
