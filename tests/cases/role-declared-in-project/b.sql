CREATE ROLE surveyschema_case_reader NOLOGIN;
CREATE TABLE public.reports (id integer PRIMARY KEY, title text);
GRANT SELECT ON public.reports TO surveyschema_case_reader;
