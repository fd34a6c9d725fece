CREATE TABLE public.people (id integer PRIMARY KEY, name text, salary numeric);
GRANT SELECT (id, name) ON public.people TO surveyschema_case_column_reader;
GRANT UPDATE (name) ON public.people TO surveyschema_case_column_reader;
