CREATE TABLE public.items (id integer PRIMARY KEY, price numeric(12,2), updated timestamptz);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.updated := now(); RETURN NEW; END $$;
CREATE TRIGGER items_price_touch BEFORE UPDATE OF price ON public.items FOR EACH ROW
    WHEN (OLD.price IS DISTINCT FROM NEW.price) EXECUTE FUNCTION public.touch();
CREATE INDEX items_price_idx ON public.items (price) WHERE price > 0;
