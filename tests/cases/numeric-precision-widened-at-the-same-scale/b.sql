CREATE TABLE public.parcels (id integer PRIMARY KEY, area numeric(14,2), price numeric);
