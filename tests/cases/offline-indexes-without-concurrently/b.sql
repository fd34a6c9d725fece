CREATE TABLE public.docs (id integer PRIMARY KEY, title text, body text);
CREATE INDEX docs_title_idx ON public.docs (title);
CREATE UNIQUE INDEX docs_title_body_idx ON public.docs (title, body);
