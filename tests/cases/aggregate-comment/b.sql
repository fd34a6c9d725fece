CREATE FUNCTION public.product_step(state numeric, value numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state * value $$;

CREATE AGGREGATE public.product(numeric) (
    SFUNC = public.product_step,
    STYPE = numeric,
    INITCOND = '1'
);

COMMENT ON AGGREGATE public.product(numeric) IS 'multiplies the values';
