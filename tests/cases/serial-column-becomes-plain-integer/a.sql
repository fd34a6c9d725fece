CREATE TABLE public.invoices (
    id integer PRIMARY KEY,
    number serial NOT NULL
);
