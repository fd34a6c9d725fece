CREATE TABLE public.people (
    id integer PRIMARY KEY,
    first_name text,
    last_name text,
    active boolean NOT NULL DEFAULT true
);
CREATE VIEW public.active_people AS SELECT id, last_name, first_name FROM public.people WHERE active AND id > 0;
CREATE VIEW public.people_count AS SELECT count(*) AS n, max(last_name) AS last FROM public.active_people;
CREATE VIEW public.opts WITH (security_invoker = true) AS SELECT id FROM public.people;
