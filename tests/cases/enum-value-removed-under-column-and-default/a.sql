CREATE TYPE public.stage AS ENUM ('draft', 'obsolete', 'review', 'done');
CREATE TABLE public.docs (id integer PRIMARY KEY, s public.stage NOT NULL DEFAULT 'draft', hist public.stage[]);
CREATE INDEX docs_s_idx ON public.docs (s);
