CREATE TABLE public.assets (
    id integer CHECK (id > 0) UNIQUE,
    tag char COLLATE "C" DEFAULT '5' NOT NULL PRIMARY KEY,
    seen timestamp DEFAULT CURRENT_TIMESTAMP NOT NULL,
    active boolean NOT NULL,
    weight real,
    remark text COLLATE "POSIX"
);
ALTER TABLE public.assets ADD CONSTRAINT weight_check CHECK (weight IS NOT NULL);
CREATE INDEX assets_active_idx ON public.assets (active);
CREATE INDEX assets_seen_idx ON public.assets (seen);

CREATE TABLE public.asset_links (
    seen timestamp,
    tag varchar(255)
);
