CREATE TABLE public.staff (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text,
    salary numeric(10,2)
);
