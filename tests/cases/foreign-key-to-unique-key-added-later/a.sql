CREATE TABLE public.regions (
    id integer PRIMARY KEY,
    code text NOT NULL,
    name text
);
