CREATE TABLE public.people (
    id integer PRIMARY KEY,
    nickname text,
    active boolean
);
CREATE VIEW public.nicknames AS SELECT id, nickname FROM public.people;
CREATE VIEW public.active_ids AS SELECT id FROM public.people WHERE active;
