CREATE TABLE public.people (id integer PRIMARY KEY, name text, salary numeric);
