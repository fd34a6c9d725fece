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

CREATE TABLE public.buildings (
    floors integer
)
INHERITS (public.assets);
