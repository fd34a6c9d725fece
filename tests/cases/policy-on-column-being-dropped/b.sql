CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    author text
);
ALTER TABLE public.notes ENABLE ROW LEVEL SECURITY;
CREATE POLICY notes_author ON public.notes FOR UPDATE USING (author = current_user);
