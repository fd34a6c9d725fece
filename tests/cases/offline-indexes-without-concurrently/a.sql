CREATE TABLE public.docs (id integer PRIMARY KEY, title text, body text);
CREATE INDEX docs_body_idx ON public.docs (body);
