CREATE TABLE public.owners (id integer PRIMARY KEY, code text UNIQUE, region text, zone integer, UNIQUE (region, zone));
CREATE TABLE public.pets (
    id integer PRIMARY KEY,
    owner_id integer,
    owner_code text,
    region text,
    zone integer,
    parent_id integer
);
ALTER TABLE public.pets ADD CONSTRAINT pets_owner_fk FOREIGN KEY (owner_id) REFERENCES public.owners (id) ON DELETE CASCADE ON UPDATE SET NULL;
ALTER TABLE public.pets ADD CONSTRAINT pets_code_fk FOREIGN KEY (owner_code) REFERENCES public.owners (code) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE public.pets ADD CONSTRAINT pets_region_fk FOREIGN KEY (region, zone) REFERENCES public.owners (region, zone) MATCH FULL ON DELETE SET DEFAULT NOT VALID;
ALTER TABLE public.pets ADD CONSTRAINT pets_parent_fk FOREIGN KEY (parent_id) REFERENCES public.pets (id) ON DELETE SET NULL;
