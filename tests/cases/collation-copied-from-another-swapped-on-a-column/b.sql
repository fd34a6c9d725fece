CREATE COLLATION public.natural_order (provider = icu, locale = 'en-u-kn-true');

CREATE TABLE public.words (
  a text,
  b text COLLATE public.natural_order,
  c text COLLATE public.natural_order
);
