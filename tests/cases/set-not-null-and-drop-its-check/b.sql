CREATE TABLE public.parcels (
    id integer PRIMARY KEY,
    owner varchar(255) NOT NULL,
    CONSTRAINT parcels_owner_present CHECK (length(owner) > 0)
);
