CREATE TABLE public.events (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    summary text
);

CREATE TABLE public.site_events (
    id bigint NOT NULL,
    happened_at timestamp with time zone NOT NULL,
    summary text,
    site_id integer NOT NULL
);

-- An existing table joins the hierarchy: queries on events now see site events too.
ALTER TABLE public.site_events INHERIT public.events;
