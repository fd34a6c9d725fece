CREATE TABLE public.t (id integer PRIMARY KEY, m integer);
