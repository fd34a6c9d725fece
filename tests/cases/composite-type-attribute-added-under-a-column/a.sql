CREATE TYPE public.address AS (street text, city text);

CREATE TABLE public.customers (id integer PRIMARY KEY, home public.address, others public.address[]);
