CREATE TYPE public.pair AS (a bigint, b varchar(20) COLLATE "C");
CREATE TABLE public.things (id integer PRIMARY KEY, p public.pair, ps public.pair[]);
CREATE FUNCTION public.pair_a(x public.pair) RETURNS integer LANGUAGE sql AS 'SELECT (x).a::integer';
