CREATE TABLE public.parcels (
    id integer PRIMARY KEY,
    owner varchar(255) NOT NULL
);
ALTER TABLE public.parcels ADD CONSTRAINT parcels_owner_present CHECK (owner IS NOT NULL);
