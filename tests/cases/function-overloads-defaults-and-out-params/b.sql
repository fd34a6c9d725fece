CREATE FUNCTION public.area(w integer, h integer DEFAULT 2) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w * h $$;

CREATE FUNCTION public.area(w double precision, h double precision) RETURNS double precision
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w * h $$;

CREATE FUNCTION public.split_name(full_name text, OUT first text, OUT last text, OUT parts integer)
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2), 2 $$;

CREATE FUNCTION public.counter(n integer, step integer DEFAULT 1) RETURNS TABLE(i integer)
    LANGUAGE sql
    AS $$ SELECT generate_series(1, n, step) $$;

CREATE FUNCTION public.greet(VARIADIC names text[]) RETURNS text
    LANGUAGE plpgsql STRICT PARALLEL SAFE COST 10
    SET search_path = pg_catalog
    AS $$
begin
  return 'hello ' || array_to_string(names, ', ');
end;
$$;
