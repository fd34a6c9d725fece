CREATE TABLE public.stamped (created_at timestamp DEFAULT now());

CREATE TABLE public.events (a1 integer, a2 integer) INHERITS (public.stamped);

ALTER TABLE public.events DROP COLUMN a2;

ALTER TABLE public.events ADD COLUMN e integer;
