CREATE FUNCTION public.text_join_step(state text, value text) RETURNS text
    LANGUAGE sql IMMUTABLE
    AS $$SELECT CASE WHEN state IS NULL THEN value ELSE state || ', ' || value END$$;

CREATE AGGREGATE public.comma_list(text) (
    SFUNC = public.text_join_step,
    STYPE = text
);

CREATE AGGREGATE public.old_concat(text) (
    SFUNC = textcat,
    STYPE = text,
    INITCOND = ''
);
