CREATE TABLE public.assets (
    id integer NOT NULL,
    name text NOT NULL
);

-- Vehicles are managed on their own now; buildings join the asset register.
CREATE TABLE public.vehicles (
    id integer NOT NULL,
    name text NOT NULL,
    registration text
);

-- buildings keeps declaring id and name itself, as pg_dump writes a child that had them before INHERIT:
-- PostgreSQL records a column the child declared (attislocal) and no ALTER can take that back.
CREATE TABLE public.buildings (
    id integer NOT NULL,
    name text NOT NULL,
    floors integer
)
INHERITS (public.assets);
