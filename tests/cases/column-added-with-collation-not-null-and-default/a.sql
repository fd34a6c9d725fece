CREATE TABLE public.stations (
    id integer PRIMARY KEY
);
