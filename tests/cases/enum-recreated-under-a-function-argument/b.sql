CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE FUNCTION public.cheer(m public.mood) RETURNS public.mood LANGUAGE sql IMMUTABLE AS $$SELECT 'happy'::public.mood$$;
CREATE FUNCTION public.moods() RETURNS SETOF public.mood LANGUAGE sql IMMUTABLE
BEGIN ATOMIC
    SELECT public.cheer('sad'::public.mood);
END;
CREATE TABLE public.people (id integer PRIMARY KEY, m public.mood);
COMMENT ON FUNCTION public.cheer(public.mood) IS 'survives the recreation';
