CREATE COLLATION public.case_insensitive (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
COMMENT ON COLLATION public.case_insensitive IS 'compares letters without case';

CREATE COLLATION public.bytewise (provider = libc, locale = 'C');

CREATE TABLE public.parcels (
    id integer PRIMARY KEY,
    owner_name text COLLATE public.case_insensitive NOT NULL,
    code text NOT NULL
);

CREATE INDEX parcels_code_bytewise ON public.parcels (code COLLATE public.bytewise);

CREATE TABLE public.owners (
    name text COLLATE public.case_insensitive PRIMARY KEY
);

CREATE DOMAIN public.owner_code AS text COLLATE public.bytewise CHECK (VALUE <> '');
