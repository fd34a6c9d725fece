CREATE TABLE public.packed (
    id integer PRIMARY KEY,
    flag boolean,
    big bigint,
    txt text
);
