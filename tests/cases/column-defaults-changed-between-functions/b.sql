CREATE SEQUENCE public.new_numbers START 1000;
CREATE FUNCTION public.default_label() RETURNS text LANGUAGE sql STABLE AS $$ SELECT 'label-' || current_user $$;
CREATE TABLE public.entries (
    id integer DEFAULT nextval('public.new_numbers') NOT NULL,
    at timestamptz DEFAULT clock_timestamp(),
    day date DEFAULT (CURRENT_DATE + 1),
    label text DEFAULT public.default_label()
);
