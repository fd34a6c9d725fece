CREATE TABLE public.notes (
  id serial PRIMARY KEY,
  body text NOT NULL
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_select ON public.notes FOR SELECT USING (true);
CREATE POLICY notes_insert ON public.notes FOR INSERT WITH CHECK (length(body) > 0);
