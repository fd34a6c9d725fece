CREATE SCHEMA other;

CREATE SEQUENCE public.first_id_seq;

CREATE TABLE public.first (
    id integer NOT NULL DEFAULT nextval('first_id_seq'::regclass)
);

CREATE UNIQUE INDEX first_pkey ON public.first USING btree (id);

ALTER TABLE public.first ADD CONSTRAINT first_pkey PRIMARY KEY USING INDEX first_pkey;

CREATE TABLE public.second (
  id serial PRIMARY KEY
);
