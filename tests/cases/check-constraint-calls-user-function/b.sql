CREATE FUNCTION public.add_two(x integer, y integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN x + y;

CREATE TABLE public.pairs (
    id integer PRIMARY KEY,
    a integer,
    b integer CHECK (public.add_two(a, b) > 0)
);
