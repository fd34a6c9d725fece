CREATE TYPE public.phase AS ENUM ('draft', 'in_review', 'done');
CREATE TABLE public.documents (id integer PRIMARY KEY, phase public.phase NOT NULL DEFAULT 'draft');
