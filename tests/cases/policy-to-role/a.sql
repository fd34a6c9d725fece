CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    published boolean DEFAULT false NOT NULL,
    body text
);

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY documents_public ON public.documents FOR SELECT USING (published);
