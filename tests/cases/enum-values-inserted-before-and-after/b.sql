CREATE TYPE public.stage AS ENUM ('idea', 'draft', 'review', 'approved', 'done', 'archived');
CREATE TABLE public.docs (id integer PRIMARY KEY, s public.stage NOT NULL DEFAULT 'draft');
