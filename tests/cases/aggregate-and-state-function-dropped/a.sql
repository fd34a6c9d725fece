CREATE TABLE public.measurements (
    id integer PRIMARY KEY,
    value numeric
);

CREATE FUNCTION public.sum_of_squares_step(state numeric, value numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT state + value * value$$;

CREATE FUNCTION public.sum_of_squares_final(state numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT sqrt(state)$$;

CREATE AGGREGATE public.root_sum_of_squares(numeric) (
    SFUNC = public.sum_of_squares_step,
    STYPE = numeric,
    FINALFUNC = public.sum_of_squares_final,
    INITCOND = '0'
);
