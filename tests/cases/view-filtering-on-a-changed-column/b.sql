CREATE TABLE public.t (id integer PRIMARY KEY, n bigint);
CREATE VIEW public.v AS SELECT id FROM public.t WHERE n > 0;
