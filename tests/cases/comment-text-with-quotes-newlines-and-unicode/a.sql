CREATE TABLE public.notes (id integer PRIMARY KEY, body text);
COMMENT ON TABLE public.notes IS 'plain';
