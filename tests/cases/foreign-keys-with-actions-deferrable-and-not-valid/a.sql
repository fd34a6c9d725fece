CREATE TABLE public.owners (id integer PRIMARY KEY, code text UNIQUE, region text, zone integer, UNIQUE (region, zone));
CREATE TABLE public.pets (
    id integer PRIMARY KEY,
    owner_id integer,
    owner_code text,
    region text,
    zone integer,
    parent_id integer
);
ALTER TABLE public.pets ADD CONSTRAINT pets_owner_fk FOREIGN KEY (owner_id) REFERENCES public.owners (id);
