CREATE TABLE public.t (id integer PRIMARY KEY, a integer, r int4range);
