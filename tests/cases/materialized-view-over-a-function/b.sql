CREATE TABLE public.metrics (name text, value numeric);
CREATE FUNCTION public.scaled(v numeric, factor numeric DEFAULT 100) RETURNS numeric LANGUAGE sql IMMUTABLE AS $$ SELECT v * factor $$;
CREATE MATERIALIZED VIEW public.scaled_metrics AS SELECT name, public.scaled(value) AS v FROM public.metrics;
CREATE INDEX scaled_metrics_v ON public.scaled_metrics (v);
