CREATE TABLE public.assets (
    id integer PRIMARY KEY CHECK (id > 0), CHECK (id < weight),
    tag varchar(255) COLLATE "POSIX" UNIQUE DEFAULT '' NOT NULL,
    seen timestamp DEFAULT CURRENT_TIMESTAMP,
    active boolean NOT NULL,
    weight real,
    remark text
);
ALTER TABLE public.assets ADD CONSTRAINT weight_check CHECK (weight IS NOT NULL) NOT VALID;
CREATE INDEX assets_active_idx ON public.assets (active);
CREATE UNIQUE INDEX assets_tag_seen_idx ON public.assets (tag, seen);

CREATE TABLE public.asset_links (
    seen timestamp,
    tag varchar(255)
);
CREATE UNIQUE INDEX asset_links_tag_seen_idx ON public.asset_links (tag, seen);
ALTER TABLE public.asset_links ADD CONSTRAINT asset_links_fk FOREIGN KEY (tag, seen) REFERENCES public.assets (tag, seen);
ALTER TABLE public.assets ADD CONSTRAINT assets_fk FOREIGN KEY (tag, seen) REFERENCES public.asset_links (tag, seen);
