CREATE TABLE public.vehicles (id integer NOT NULL, name text, wheels integer DEFAULT 4, legacy_code text);
CREATE TABLE public.trucks () INHERITS (public.vehicles);
