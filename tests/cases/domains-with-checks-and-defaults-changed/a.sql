CREATE DOMAIN public.positive_int AS integer CHECK (VALUE > 0);

CREATE DOMAIN public.email AS text;

CREATE TABLE public.people (id public.positive_int PRIMARY KEY, email public.email);
