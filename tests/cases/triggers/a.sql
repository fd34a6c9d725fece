CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
