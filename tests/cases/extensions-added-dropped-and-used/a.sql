CREATE EXTENSION IF NOT EXISTS amcheck;
CREATE EXTENSION IF NOT EXISTS hstore;
CREATE TABLE public.tags (id integer PRIMARY KEY, attrs public.hstore);
