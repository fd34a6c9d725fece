CREATE COLLATION public.bytewise FROM "C";

CREATE TABLE public.words (
  a text,
  b text COLLATE public.bytewise
);

CREATE COLLATION public.natural_order (provider = icu, locale = 'en-u-kn-true');
