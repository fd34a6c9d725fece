CREATE TABLE public.owners (id integer PRIMARY KEY, code text NOT NULL UNIQUE);
CREATE TABLE public.pets (id integer PRIMARY KEY, owner_code text REFERENCES public.owners (code));
