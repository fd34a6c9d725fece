CREATE TYPE public.station_status AS ENUM ('planned', 'active', 'retired');

CREATE TABLE public.stations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    status public.station_status DEFAULT 'planned' NOT NULL,
    code text,
    elevation_m numeric(7,2),
    installed_on date
);

CREATE UNIQUE INDEX stations_code_key ON public.stations USING btree (code);
