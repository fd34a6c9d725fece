CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    level integer
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_level ON public.notes FOR SELECT USING (level > 0);
