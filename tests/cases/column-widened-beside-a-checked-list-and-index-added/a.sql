CREATE TABLE public.stations (
    id integer PRIMARY KEY,
    status varchar(20) NOT NULL DEFAULT 'active' CHECK (status IN ('proposed', 'active', 'retired')),
    code varchar(50) NOT NULL,
    observed_at timestamptz
);
