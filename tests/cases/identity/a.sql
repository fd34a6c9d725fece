CREATE TABLE public.t (id integer NOT NULL, a text);
