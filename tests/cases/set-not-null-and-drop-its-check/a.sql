CREATE TABLE public.parcels (
    id integer PRIMARY KEY,
    owner varchar(255),
    CONSTRAINT parcels_owner_present CHECK (owner IS NOT NULL)
);
