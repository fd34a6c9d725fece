CREATE EXTENSION pg_trgm;

CREATE SCHEMA some_schema;

CREATE TYPE public.some_enum AS ENUM ('v1', 'v2');

CREATE TABLE public.some_table (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE UNIQUE INDEX ON public.some_table (name);

CREATE VIEW public.some_view AS SELECT * FROM public.some_table;

GRANT SELECT, INSERT ON TABLE public.some_table TO CURRENT_USER;
