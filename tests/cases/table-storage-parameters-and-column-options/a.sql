CREATE TABLE public.logs (id integer PRIMARY KEY, msg text, blob bytea) WITH (fillfactor = 90);
