-- tables/sites.sql
CREATE TABLE public.sites (
    id integer PRIMARY KEY,
    region_code text NOT NULL REFERENCES public.regions (code),
    name text
);

-- tables/regions.sql
CREATE TABLE public.regions (
    id integer PRIMARY KEY,
    code text NOT NULL,
    name text
);

ALTER TABLE ONLY public.regions
    ADD CONSTRAINT regions_code_key UNIQUE (code);
