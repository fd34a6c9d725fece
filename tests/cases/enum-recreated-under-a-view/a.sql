CREATE TYPE public.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE public.t (id integer PRIMARY KEY, m public.mood DEFAULT 'sad');
CREATE VIEW public.v AS SELECT id, m FROM public.t;
CREATE VIEW public.vv AS SELECT m FROM public.v;
