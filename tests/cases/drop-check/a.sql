CREATE TABLE public.t (id integer PRIMARY KEY, a integer CHECK (a > 0));
