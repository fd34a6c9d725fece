CREATE TABLE public.stamped (created_at timestamp DEFAULT now(), e integer);

CREATE TABLE public.events (a1 integer, a2 integer) INHERITS (public.stamped);
