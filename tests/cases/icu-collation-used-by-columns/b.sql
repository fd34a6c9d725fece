CREATE COLLATION public.natural_sort (provider = icu, locale = 'en-u-kn-true');

CREATE TABLE public.labels (
  a text,
  b text COLLATE public.natural_sort,
  c text COLLATE public.natural_sort
);
