CREATE TABLE public.accounts (id integer PRIMARY KEY, name text, secret text);
GRANT SELECT ON public.accounts TO psd_reader;
GRANT SELECT (id, name), UPDATE (name, secret) ON public.accounts TO psd_writer WITH GRANT OPTION;
GRANT DELETE, TRUNCATE, REFERENCES, TRIGGER ON public.accounts TO psd_writer;
