CREATE EXTENSION IF NOT EXISTS amcheck;
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE EXTENSION IF NOT EXISTS citext;
CREATE TABLE public.tags (id integer PRIMARY KEY, label public.citext);
CREATE INDEX tags_label_trgm ON public.tags USING gin ((label::text) public.gin_trgm_ops);
CREATE FUNCTION public.plus(a integer, b integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN a + b;
