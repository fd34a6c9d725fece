CREATE TABLE public.items (id integer PRIMARY KEY, name text);
CREATE TABLE public.items_log (id integer, name text, at timestamptz DEFAULT now());

CREATE VIEW public.items_view AS SELECT id, name FROM public.items;

CREATE RULE items_view_insert AS ON INSERT TO public.items_view
    DO INSTEAD INSERT INTO public.items VALUES (NEW.id, NEW.name);

CREATE RULE items_logged AS ON UPDATE TO public.items
    DO ALSO INSERT INTO public.items_log (id, name) VALUES (OLD.id, OLD.name);

COMMENT ON RULE items_logged ON public.items IS 'keeps the old row';
