CREATE FUNCTION public.score(x bigint) RETURNS integer LANGUAGE sql IMMUTABLE AS 'SELECT (x + 1)::integer';
CREATE TABLE public.items (
    id integer PRIMARY KEY,
    n integer NOT NULL DEFAULT public.score(1),
    CONSTRAINT items_score_check CHECK (public.score(n) > 0));
CREATE INDEX items_score ON public.items (public.score(n));
