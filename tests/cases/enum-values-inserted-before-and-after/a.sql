CREATE TYPE public.stage AS ENUM ('draft', 'review', 'done');
CREATE TABLE public.docs (id integer PRIMARY KEY, s public.stage NOT NULL DEFAULT 'draft');
