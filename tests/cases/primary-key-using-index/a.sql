CREATE TABLE public.sites (
    id integer NOT NULL,
    code text NOT NULL
);
