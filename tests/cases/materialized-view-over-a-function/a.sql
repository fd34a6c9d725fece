CREATE TABLE public.metrics (name text, value numeric);
CREATE FUNCTION public.scaled(v numeric) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT v * 10 $$;
CREATE MATERIALIZED VIEW public.scaled_metrics AS SELECT name, public.scaled(value) AS v FROM public.metrics;
