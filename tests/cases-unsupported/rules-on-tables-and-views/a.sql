CREATE TABLE public.items (id integer PRIMARY KEY, name text);
CREATE TABLE public.items_log (id integer, name text, at timestamptz DEFAULT now());

CREATE VIEW public.items_view AS SELECT id, name FROM public.items;
