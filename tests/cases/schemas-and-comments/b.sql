CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
CREATE SCHEMA audit;
COMMENT ON SCHEMA audit IS 'Audit trail';
CREATE TABLE audit.log (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, what text);
COMMENT ON TABLE public.projects IS 'Survey jobs; it''s the root \ of everything';
COMMENT ON COLUMN public.projects.name IS 'Name';
COMMENT ON CONSTRAINT projects_pkey ON public.projects IS 'key';
COMMENT ON TABLE audit.log IS 'log';
