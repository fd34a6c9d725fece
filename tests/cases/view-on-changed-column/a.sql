CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
CREATE VIEW public.v AS SELECT id, name FROM public.projects;
CREATE VIEW public.vv AS SELECT id FROM public.v;
