CREATE SEQUENCE public.codes;
CREATE FUNCTION public.next_code() RETURNS text LANGUAGE sql AS $$ SELECT 'P-' || nextval('public.codes') $$;
CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL, code text DEFAULT public.next_code());
