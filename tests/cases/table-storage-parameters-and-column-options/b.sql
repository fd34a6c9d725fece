CREATE TABLE public.logs (id integer PRIMARY KEY, msg text, blob bytea) WITH (fillfactor = 70, autovacuum_enabled = false);
ALTER TABLE public.logs ALTER COLUMN msg SET STATISTICS 500;
ALTER TABLE public.logs ALTER COLUMN blob SET STORAGE EXTERNAL;
ALTER TABLE public.logs ALTER COLUMN msg SET (n_distinct = 100);
