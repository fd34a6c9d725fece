CREATE TABLE public.vehicles (id integer NOT NULL, name text);
CREATE TABLE public.trucks (payload numeric) INHERITS (public.vehicles);
