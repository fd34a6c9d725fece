CREATE TABLE public.sites (
    id integer NOT NULL,
    code text NOT NULL
);

-- The way a DBA adds keys to a busy table: build the index first, then promote it. The first index already
-- has its constraint's name; the second is renamed to the constraint's name by PostgreSQL.
CREATE UNIQUE INDEX sites_pkey ON public.sites USING btree (id);

ALTER TABLE public.sites
    ADD CONSTRAINT sites_pkey PRIMARY KEY USING INDEX sites_pkey;

CREATE UNIQUE INDEX sites_code_idx ON public.sites USING btree (code);

ALTER TABLE public.sites
    ADD CONSTRAINT sites_code_key UNIQUE USING INDEX sites_code_idx;
