CREATE FUNCTION public.default_region() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'north'::text $$;
CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL, region text DEFAULT public.default_region());
