CREATE TABLE public.vehicles (id integer NOT NULL, name text NOT NULL, wheels integer DEFAULT 6, colour text DEFAULT 'white');
CREATE TABLE public.trucks () INHERITS (public.vehicles);
ALTER TABLE public.trucks ALTER COLUMN wheels SET DEFAULT 10;
