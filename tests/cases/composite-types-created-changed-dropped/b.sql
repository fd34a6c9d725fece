CREATE TYPE public.address AS (street text, city text, zip text);
CREATE TYPE public.pair AS (a bigint, b text COLLATE "C", c boolean);
CREATE FUNCTION public.mk_pair(x int, y text) RETURNS public.pair LANGUAGE sql AS 'SELECT (x, y, NULL)::public.pair';
CREATE FUNCTION public.pair_a(p public.pair) RETURNS int LANGUAGE sql AS 'SELECT (p).a';
CREATE SCHEMA geo;
CREATE TYPE geo."Point Pair" AS (a point, b point);
CREATE TYPE geo.nested AS (pair geo."Point Pair", label text);
CREATE TABLE public.contacts (id integer PRIMARY KEY, home public.address, route geo.nested);
