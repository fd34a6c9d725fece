CREATE TABLE public.stations (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'retired')),
    code varchar(120) NOT NULL,
    observed_at timestamptz
);

CREATE INDEX idx_stations_observed_at ON public.stations USING btree (observed_at);
