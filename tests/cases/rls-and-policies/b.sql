CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
ALTER TABLE public.projects ENABLE ROW LEVEL SECURITY;
CREATE POLICY p_read ON public.projects FOR SELECT TO surveyschema_reader USING (id > 0);
