CREATE TYPE public.address AS (street text, city text, postcode varchar(10));

COMMENT ON TYPE public.address IS 'a postal address';

CREATE TABLE public.customers (id integer PRIMARY KEY, home public.address, others public.address[]);

CREATE VIEW public.customer_cities AS SELECT id, (home).city FROM public.customers;
