CREATE TABLE public.items (
    id integer PRIMARY KEY,
    version integer NOT NULL DEFAULT 0,
    name text
);
CREATE FUNCTION public.bump_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    RETURN NEW;
END
$$;
CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;
CREATE TRIGGER items_bump BEFORE UPDATE ON public.items FOR EACH ROW EXECUTE FUNCTION public.bump_version();
CREATE TRIGGER items_old AFTER DELETE ON public.items FOR EACH STATEMENT EXECUTE FUNCTION public.noop();
