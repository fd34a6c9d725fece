CREATE AGGREGATE public.product(numeric) (
    SFUNC = public.numeric_product_step,
    STYPE = numeric,
    INITCOND = '1'
);

COMMENT ON AGGREGATE public.product(numeric) IS 'Multiplies the values of a group';

CREATE FUNCTION public.numeric_product_step(state numeric, value numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT state * value$$;
