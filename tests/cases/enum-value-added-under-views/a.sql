CREATE TYPE public.grade AS ENUM ('low', 'mid', 'high');

CREATE TABLE public.samples (id integer PRIMARY KEY, grade public.grade);

CREATE VIEW public.samples_all AS SELECT * FROM public.samples;

CREATE VIEW public.samples_marked AS SELECT *, 'mid'::public.grade AS marker FROM public.samples;
