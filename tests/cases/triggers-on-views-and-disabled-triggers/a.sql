CREATE TABLE public.items (id integer PRIMARY KEY, name text);
CREATE VIEW public.item_view AS SELECT id, name FROM public.items;
CREATE FUNCTION public.item_view_insert() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.items VALUES (NEW.id, NEW.name);
    RETURN NEW;
END
$$;
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
CREATE TRIGGER items_noop BEFORE INSERT ON public.items FOR EACH ROW EXECUTE FUNCTION public.noop();
CREATE TRIGGER items_noop2 BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.items DISABLE TRIGGER items_noop2;
