CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL, token double precision DEFAULT random(), flag boolean NOT NULL DEFAULT false);
