CREATE TABLE public.orders (
    id integer PRIMARY KEY,
    line_no serial NOT NULL
);
