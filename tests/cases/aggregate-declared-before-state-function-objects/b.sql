-- The aggregate comes first in the file: the project must order it after the function it uses.
CREATE AGGREGATE public.longest(text) (
    SFUNC = public.longest_step,
    STYPE = text
);

COMMENT ON AGGREGATE public.longest(text) IS 'the longest value';

CREATE FUNCTION public.longest_step(state text, value text) RETURNS text
    LANGUAGE sql IMMUTABLE AS $$ SELECT CASE WHEN state IS NULL OR length(value) > length(state) THEN value ELSE state END $$;
