CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
CREATE MATERIALIZED VIEW public.mv AS SELECT id, name FROM public.projects;
CREATE INDEX mv_id ON public.mv (id);
COMMENT ON MATERIALIZED VIEW public.mv IS 'mv';
