CREATE TABLE public.vehicles (id integer NOT NULL, name text);
CREATE TABLE public.trucks (id integer NOT NULL, name text, payload numeric);
