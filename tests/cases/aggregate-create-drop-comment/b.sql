CREATE FUNCTION public.text_join_step(state text, value text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$SELECT CASE WHEN state IS NULL THEN value ELSE state || ', ' || value END$$;

CREATE AGGREGATE public.comma_list(text) (
    SFUNC = public.text_join_step,
    STYPE = text
);

COMMENT ON AGGREGATE public.comma_list(text) IS 'Joins the values of a group with commas';

CREATE FUNCTION public.range_step(state numeric[], value numeric) RETURNS numeric[]
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT ARRAY[least(state[1], value), greatest(state[2], value)]$$;

CREATE FUNCTION public.range_final(state numeric[]) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT state[2] - state[1]$$;

CREATE AGGREGATE public.value_range(numeric) (
    SFUNC = public.range_step,
    STYPE = numeric[],
    FINALFUNC = public.range_final,
    INITCOND = '{Infinity,-Infinity}'
);
