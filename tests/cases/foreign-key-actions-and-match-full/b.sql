CREATE TABLE public.regions (code text, country text, PRIMARY KEY (code, country));
CREATE TABLE public.offices (
    id integer PRIMARY KEY,
    code text,
    country text,
    FOREIGN KEY (code, country) REFERENCES public.regions MATCH FULL ON UPDATE CASCADE ON DELETE SET NULL
);
CREATE TABLE public.desks (id integer PRIMARY KEY, office_id integer REFERENCES public.offices ON DELETE SET DEFAULT ON UPDATE RESTRICT DEFAULT 0);
