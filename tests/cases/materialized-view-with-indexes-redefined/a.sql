CREATE TABLE public.sales (id integer PRIMARY KEY, region text, amount numeric);

CREATE MATERIALIZED VIEW public.sales_by_region AS
    SELECT region, sum(amount) AS total FROM public.sales GROUP BY region;

CREATE UNIQUE INDEX sales_by_region_region ON public.sales_by_region (region);

COMMENT ON MATERIALIZED VIEW public.sales_by_region IS 'totals per region';
