CREATE TABLE public.audit (at timestamptz, what text);

CREATE PROCEDURE public.record(what text)
    LANGUAGE sql
    AS $$ INSERT INTO public.audit VALUES (now(), what) $$;
