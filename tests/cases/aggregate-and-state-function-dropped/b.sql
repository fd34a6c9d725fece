CREATE TABLE public.measurements (
    id integer PRIMARY KEY,
    value numeric
);
