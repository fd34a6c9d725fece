CREATE TABLE public.regions (code text, country text, PRIMARY KEY (code, country));
CREATE TABLE public.offices (
    id integer PRIMARY KEY,
    code text,
    country text,
    FOREIGN KEY (code, country) REFERENCES public.regions
);
CREATE TABLE public.desks (id integer PRIMARY KEY, office_id integer REFERENCES public.offices ON DELETE CASCADE);
