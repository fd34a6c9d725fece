CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
COMMENT ON TABLE public.notes IS 'it''s "quoted",
on two lines, with a backslash \ and ünïcødé ✓';
COMMENT ON COLUMN public.notes.body IS E'tab\there';
