CREATE TABLE public.staff (
    name text,
    pay integer,
    changed_at timestamp,
    changed_by text
);
