CREATE TABLE public.events (
    id integer PRIMARY KEY,
    payload text
);
