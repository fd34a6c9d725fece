CREATE FUNCTION public.area(w integer, h integer DEFAULT 1) RETURNS integer
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w * h $$;

CREATE FUNCTION public.area(w numeric, h numeric) RETURNS numeric
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT w * h $$;

CREATE FUNCTION public.split_name(full_name text, OUT first text, OUT last text)
    LANGUAGE sql IMMUTABLE
    AS $$ SELECT split_part(full_name, ' ', 1), split_part(full_name, ' ', 2) $$;

CREATE FUNCTION public.counter(n integer) RETURNS SETOF integer
    LANGUAGE sql
    AS $$ SELECT generate_series(1, n) $$;
