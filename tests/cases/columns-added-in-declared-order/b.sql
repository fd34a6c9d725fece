CREATE TABLE public.stations (
    id integer PRIMARY KEY,
    name text NOT NULL,
    code text,
    region_id integer,
    elevation_m numeric(7,2),
    installed_on date,
    active boolean DEFAULT true NOT NULL
);

CREATE UNIQUE INDEX stations_code_key ON public.stations USING btree (code);

CREATE INDEX stations_region_id_idx ON public.stations USING btree (region_id);
