CREATE TABLE public.pairs (
    id integer PRIMARY KEY,
    a integer,
    b integer
);
