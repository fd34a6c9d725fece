CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    line_no integer NOT NULL
);
