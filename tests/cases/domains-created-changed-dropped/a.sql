CREATE DOMAIN public.positive_int AS integer CHECK (VALUE > 0);
CREATE DOMAIN public.short_code AS varchar(10) DEFAULT 'x' NOT NULL;
CREATE DOMAIN public.doomed AS text;
CREATE TABLE public.parts (id integer PRIMARY KEY, qty public.positive_int, code public.short_code);
