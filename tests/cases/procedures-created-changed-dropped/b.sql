CREATE TABLE public.audit (id serial PRIMARY KEY, note text);
CREATE PROCEDURE public.log_note(n text)
    LANGUAGE sql
    AS $$ INSERT INTO public.audit (note) VALUES (upper(n)) $$;
CREATE PROCEDURE public.log_twice(n text)
    LANGUAGE plpgsql
    AS $$
BEGIN
    CALL public.log_note(n);
    CALL public.log_note(n);
END
$$;
CREATE PROCEDURE public.std_body(n integer)
    LANGUAGE sql
BEGIN ATOMIC
    INSERT INTO public.audit (note) VALUES (n::text);
END;
