CREATE TABLE public.counters (
    id integer PRIMARY KEY,
    amount varchar(255)
);
