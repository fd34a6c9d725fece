CREATE TABLE public.parcels (
    id integer PRIMARY KEY,
    owner_name text NOT NULL,
    code text NOT NULL
);
