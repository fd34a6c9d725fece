CREATE TABLE public.accounts (id integer PRIMARY KEY, name text, secret text);
GRANT SELECT, INSERT ON public.accounts TO psd_reader;
GRANT UPDATE (name) ON public.accounts TO psd_writer;
