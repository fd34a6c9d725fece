CREATE TABLE public.streets (
    id integer PRIMARY KEY,
    name text NOT NULL
);
