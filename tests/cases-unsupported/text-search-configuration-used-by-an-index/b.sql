CREATE TEXT SEARCH DICTIONARY public.english_stem_nostop (TEMPLATE = snowball, LANGUAGE = english);

CREATE TEXT SEARCH CONFIGURATION public.plain_english (COPY = pg_catalog.english);

ALTER TEXT SEARCH CONFIGURATION public.plain_english
    ALTER MAPPING FOR asciiword, word WITH public.english_stem_nostop;

CREATE TABLE public.articles (
    id integer PRIMARY KEY,
    body text,
    search tsvector GENERATED ALWAYS AS (to_tsvector('public.plain_english'::regconfig, coalesce(body, ''))) STORED
);

CREATE INDEX articles_search ON public.articles USING gin (search);
