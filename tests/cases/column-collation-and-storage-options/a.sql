CREATE TABLE public.codes (code text, label text) WITH (fillfactor = 90);
CREATE UNLOGGED TABLE public.cache (k text PRIMARY KEY, v text);
