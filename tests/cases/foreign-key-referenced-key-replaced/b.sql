CREATE TABLE public.owners (id integer PRIMARY KEY, code varchar(20) NOT NULL, CONSTRAINT owners_code_key UNIQUE (code, id));
CREATE TABLE public.pets (id integer PRIMARY KEY, owner_code varchar(20), owner_id integer,
    CONSTRAINT pets_owner_fkey FOREIGN KEY (owner_code, owner_id) REFERENCES public.owners (code, id));
