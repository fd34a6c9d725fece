CREATE TABLE public.people (
    id integer PRIMARY KEY,
    first_name text,
    last_name text,
    active boolean NOT NULL DEFAULT true
);
CREATE FUNCTION public.full_name(f text, l text) RETURNS text
    LANGUAGE sql IMMUTABLE RETURN f || ' ' || l;
CREATE VIEW public.active_people AS
    SELECT id, public.full_name(first_name, last_name) AS name FROM public.people WHERE active;
CREATE VIEW public."Active People Count" AS
    SELECT count(*) AS n FROM public.active_people;
CREATE VIEW public.guarded WITH (security_barrier = true, check_option = local) AS
    SELECT id, first_name, active FROM public.people WHERE active;
CREATE RECURSIVE VIEW public.counting (n) AS
    SELECT 1 UNION ALL SELECT n + 1 FROM counting WHERE n < 5;
