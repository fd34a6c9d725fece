CREATE TABLE public.t (id integer PRIMARY KEY, a text, b integer DEFAULT 7);
