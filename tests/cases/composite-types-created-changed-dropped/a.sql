CREATE TYPE public.address AS (street text, city text);
CREATE TYPE public.doomed AS (x int);
CREATE TYPE public.pair AS (a int, b text, gone date);
CREATE FUNCTION public.mk_pair(x int, y text) RETURNS public.pair LANGUAGE sql AS 'SELECT (x, y, NULL)::public.pair';
CREATE FUNCTION public.pair_a(p public.pair) RETURNS int LANGUAGE sql AS 'SELECT (p).a';
CREATE TABLE public.contacts (id integer PRIMARY KEY, home public.address);
