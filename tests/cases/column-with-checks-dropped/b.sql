CREATE TABLE public.samples (
    id integer PRIMARY KEY,
    label varchar(255)
);
