CREATE TABLE public.readings (
    id integer,
    region text,
    touched timestamptz
) PARTITION BY LIST (region);
CREATE TABLE public.readings_a PARTITION OF public.readings FOR VALUES IN ('a');
CREATE TABLE public.readings_b PARTITION OF public.readings FOR VALUES IN ('b');
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := now(); RETURN NEW; END $$;
CREATE TRIGGER readings_touch BEFORE INSERT OR UPDATE ON public.readings FOR EACH ROW EXECUTE FUNCTION public.touch();
CREATE TRIGGER readings_a_local AFTER UPDATE ON public.readings_a FOR EACH ROW EXECUTE FUNCTION public.touch();
