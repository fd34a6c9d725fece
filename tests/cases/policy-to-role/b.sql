CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    published boolean DEFAULT false NOT NULL,
    body text
);

ALTER TABLE public.documents ENABLE ROW LEVEL SECURITY;

CREATE POLICY documents_public ON public.documents FOR SELECT TO app_reader USING (published);
CREATE POLICY documents_owner ON public.documents TO app_writer
    USING (owner_name = CURRENT_USER)
    WITH CHECK (owner_name = CURRENT_USER);

GRANT SELECT ON TABLE public.documents TO app_reader;
GRANT SELECT, INSERT, UPDATE ON TABLE public.documents TO app_writer;
