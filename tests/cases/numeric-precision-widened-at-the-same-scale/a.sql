CREATE TABLE public.parcels (id integer PRIMARY KEY, area numeric(10,2), price numeric(8,2));
