CREATE TABLE public.t (id integer PRIMARY KEY, a integer, b integer);
CREATE INDEX t_i ON public.t (a, b);
