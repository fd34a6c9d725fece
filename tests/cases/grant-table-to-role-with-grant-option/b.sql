CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
GRANT SELECT, INSERT ON public.notes TO surveyschema_case_table_reader;
GRANT UPDATE ON public.notes TO surveyschema_case_table_reader WITH GRANT OPTION;
