CREATE TABLE public.t (id integer PRIMARY KEY, a integer);
CREATE INDEX t_a ON public.t (a);
