CREATE TABLE public.owners (id integer PRIMARY KEY, code text NOT NULL);
CREATE UNIQUE INDEX owners_code_idx ON public.owners (code);
CREATE TABLE public.pets (id integer PRIMARY KEY, owner_code text);
ALTER TABLE public.pets ADD CONSTRAINT pets_owner_code_fk FOREIGN KEY (owner_code) REFERENCES public.owners (code);
