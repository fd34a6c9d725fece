CREATE TABLE public.people (
    id integer PRIMARY KEY,
    active boolean
);
CREATE VIEW public.active_ids AS SELECT id FROM public.people WHERE active;
