CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
GRANT SELECT, UPDATE ON public.projects TO surveyschema_reader;
GRANT SELECT (name) ON public.projects TO PUBLIC;
GRANT USAGE ON SCHEMA public TO surveyschema_reader;
