CREATE FUNCTION public.add_step(state numeric, value numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state + value $$;

CREATE AGGREGATE public.accumulate(numeric) (
    SFUNC = public.add_step,
    STYPE = numeric,
    INITCOND = '0'
);

CREATE VIEW public.totals AS SELECT 1 AS one;
