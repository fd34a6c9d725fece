CREATE TABLE public.first (
  id serial PRIMARY KEY
);

CREATE TABLE public.unwanted();

CREATE SCHEMA other;

CREATE SEQUENCE public.second_id_seq;

CREATE TABLE public.second (
    id integer NOT NULL DEFAULT nextval('second_id_seq'::regclass)
);

CREATE UNIQUE INDEX second_pkey ON public.second USING btree (id);

ALTER TABLE public.second ADD CONSTRAINT second_pkey PRIMARY KEY USING INDEX second_pkey;
