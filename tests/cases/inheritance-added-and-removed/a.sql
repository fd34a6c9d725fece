CREATE TABLE public.assets (
    id integer NOT NULL,
    name text NOT NULL
);

CREATE TABLE public.vehicles (
    registration text
)
INHERITS (public.assets);

CREATE TABLE public.buildings (
    id integer NOT NULL,
    name text NOT NULL,
    floors integer
);
