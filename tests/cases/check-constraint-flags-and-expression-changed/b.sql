CREATE TABLE public.wells (
    id integer PRIMARY KEY,
    depth bigint CHECK (depth >= id)
);
ALTER TABLE public.wells ADD CONSTRAINT wells_a CHECK (depth > 0);
ALTER TABLE public.wells ADD CONSTRAINT wells_b CHECK (depth < 100000) NOT VALID;
ALTER TABLE public.wells ADD CONSTRAINT wells_c CHECK (depth <> 7);
ALTER TABLE public.wells ADD CONSTRAINT wells_d CHECK (depth <> 8) NO INHERIT;
