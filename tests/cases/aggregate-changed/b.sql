CREATE FUNCTION public.add_squared_step(state numeric, value numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state + value * value $$;

CREATE FUNCTION public.halve(state numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state / 2 $$;

-- New state function (the old one goes), a final function and another initial condition.
CREATE AGGREGATE public.accumulate(numeric) (
    SFUNC = public.add_squared_step,
    STYPE = numeric,
    FINALFUNC = public.halve,
    INITCOND = '10'
);

CREATE VIEW public.totals AS SELECT 1 AS one;

COMMENT ON AGGREGATE public.accumulate(numeric) IS 'half of ten plus the sum of squares';
