CREATE TABLE public.readings (value integer, taken_at timestamptz);

CREATE VIEW public.reading_values AS SELECT value FROM public.readings;

CREATE MATERIALIZED VIEW public.constant_one AS SELECT 1 AS one;

CREATE TABLE public."odd name(((with parens?)))" (code text);

CREATE VIEW public."odd view(code)" AS SELECT code::integer * 2 AS doubled FROM public."odd name(((with parens?)))";
