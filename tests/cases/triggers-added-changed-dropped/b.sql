CREATE TABLE public.items (
    id integer PRIMARY KEY,
    version integer NOT NULL DEFAULT 0,
    name text
);
CREATE FUNCTION public.bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 10;
    RETURN NEW;
END
$$;
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER items_bump BEFORE UPDATE OF name ON public.items FOR EACH ROW
    WHEN (OLD.name IS DISTINCT FROM NEW.name)
    EXECUTE FUNCTION public.bump_version();
CREATE TRIGGER "Items Insert" AFTER INSERT ON public.items
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION public.noop();
CREATE CONSTRAINT TRIGGER items_deferred AFTER INSERT ON public.items
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION public.noop();
