CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
