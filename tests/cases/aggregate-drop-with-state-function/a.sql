CREATE FUNCTION public.concat_step(state text, value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state || ',' || value $$;

CREATE AGGREGATE public.concat_all(text) (
    SFUNC = public.concat_step,
    STYPE = text,
    INITCOND = ''
);

COMMENT ON AGGREGATE public.concat_all(text) IS 'comma separated';
