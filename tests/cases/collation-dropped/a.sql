CREATE COLLATION public.bytewise (provider = libc, locale = 'C');
CREATE COLLATION public.german (provider = icu, locale = 'de-DE');

CREATE TABLE public.streets (
    id integer PRIMARY KEY,
    name text COLLATE public.german NOT NULL
);

CREATE INDEX streets_name_bytewise ON public.streets (name COLLATE public.bytewise);
