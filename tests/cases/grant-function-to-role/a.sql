CREATE FUNCTION public.slugify(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT trim(both '-' from regexp_replace(lower(value), '[^a-z0-9]+', '-', 'g'))$$;
