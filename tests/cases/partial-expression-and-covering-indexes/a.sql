CREATE TABLE public.users (id integer PRIMARY KEY, email text, active boolean, created timestamptz, name text);
CREATE INDEX users_email ON public.users (email);
