CREATE TABLE public.readings (
    id integer,
    region text,
    touched timestamptz
) PARTITION BY LIST (region);
CREATE TABLE public.readings_a PARTITION OF public.readings FOR VALUES IN ('a');
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.touched := now(); RETURN NEW; END $$;
