CREATE TABLE public.stations (
    id integer PRIMARY KEY,
    name text NOT NULL
);
