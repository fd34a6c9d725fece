CREATE TABLE public.users (id integer PRIMARY KEY, email text, active boolean, created timestamptz, name text);
CREATE UNIQUE INDEX users_email ON public.users (lower(email)) WHERE active;
CREATE INDEX users_created ON public.users (created DESC NULLS LAST) INCLUDE (name);
CREATE INDEX users_name_pattern ON public.users (name text_pattern_ops, id) WITH (fillfactor = 70);
CREATE INDEX users_hash ON public.users USING hash (email);
CREATE INDEX users_brin ON public.users USING brin (created);
ALTER TABLE public.users ADD CONSTRAINT users_id_name UNIQUE (id) INCLUDE (name);
