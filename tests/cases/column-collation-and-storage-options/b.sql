CREATE TABLE public.codes (code text COLLATE "C", label varchar(200)) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE UNLOGGED TABLE public.cache (k text PRIMARY KEY, v text, expires timestamptz);
CREATE UNLOGGED TABLE public.scratch (x integer);
ALTER TABLE public.codes ALTER COLUMN label SET STATISTICS 500;
