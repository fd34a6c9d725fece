CREATE TABLE public.audit (id serial PRIMARY KEY, note text);
CREATE PROCEDURE public.log_note(n text)
    LANGUAGE sql
    AS $$ INSERT INTO public.audit (note) VALUES (n) $$;
CREATE PROCEDURE public.old_proc()
    LANGUAGE plpgsql
    AS $$ BEGIN RAISE NOTICE 'old'; END $$;
