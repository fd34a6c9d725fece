CREATE TYPE public.station_status AS ENUM ('planned', 'active');

CREATE TABLE public.stations (
    id integer PRIMARY KEY,
    name text NOT NULL
);
