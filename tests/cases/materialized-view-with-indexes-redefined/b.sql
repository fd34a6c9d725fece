CREATE TABLE public.sales (id integer PRIMARY KEY, region text, amount numeric);

CREATE MATERIALIZED VIEW public.sales_by_region AS
    SELECT region, sum(amount) AS total, count(*) AS n FROM public.sales GROUP BY region
    WITH NO DATA;

CREATE UNIQUE INDEX sales_by_region_region ON public.sales_by_region (region);

CREATE INDEX sales_by_region_total ON public.sales_by_region (total DESC);

COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'totals and counts per region';

CREATE MATERIALIZED VIEW public.big_sales AS SELECT * FROM public.sales WHERE amount > 100;

CREATE INDEX big_sales_amount ON public.big_sales USING btree (amount) WHERE amount > 1000;
