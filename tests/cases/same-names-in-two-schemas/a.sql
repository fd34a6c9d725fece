CREATE SCHEMA alpha;
CREATE TABLE public.things (id integer PRIMARY KEY, v text);
CREATE TABLE alpha.things (id integer PRIMARY KEY, v text);
CREATE INDEX things_v_idx ON public.things (v);
CREATE TYPE alpha.mood AS ENUM ('ok');
