CREATE TYPE public.grade AS ENUM ('low', 'mid', 'high', 'top');

CREATE TABLE public.samples (id integer PRIMARY KEY, grade public.grade);

CREATE VIEW public.samples_all AS SELECT * FROM public.samples;

CREATE VIEW public.samples_marked AS SELECT *, 'mid'::public.grade AS marker FROM public.samples;

CREATE TABLE public.graded_later (id integer, grade public.grade);
