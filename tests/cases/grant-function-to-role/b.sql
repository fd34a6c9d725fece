CREATE FUNCTION public.slugify(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    AS $$SELECT trim(both '-' from regexp_replace(lower(value), '[^a-z0-9]+', '-', 'g'))$$;

CREATE FUNCTION public.next_working_day(d date) RETURNS date
    LANGUAGE plpgsql IMMUTABLE
    AS $$
BEGIN
    d := d + 1;
    WHILE extract(isodow FROM d) > 5 LOOP
        d := d + 1;
    END LOOP;
    RETURN d;
END
$$;

REVOKE ALL ON FUNCTION public.slugify(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.slugify(text) TO app_reader;
REVOKE ALL ON FUNCTION public.next_working_day(date) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.next_working_day(date) TO app_reader, app_writer;
