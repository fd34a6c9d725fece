CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    author text,
    visible boolean
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_visible ON public.notes FOR SELECT USING (visible);
CREATE POLICY notes_author ON public.notes FOR UPDATE USING (author = current_user);
