CREATE TABLE public.readings (value integer);

CREATE VIEW public.reading_values AS SELECT value FROM public.readings;

CREATE VIEW public.constant_one AS SELECT 1 AS one;

CREATE TABLE public."odd name(((with parens?)))" (code text);

CREATE VIEW public."odd view(code)" AS SELECT code FROM public."odd name(((with parens?)))";
