CREATE TABLE public.audit (at timestamptz, what text);

CREATE PROCEDURE public.record(what text, INOUT n integer DEFAULT 0)
    LANGUAGE plpgsql
    AS $$
begin
  insert into public.audit values (now(), what);
  n := n + 1;
end;
$$;

CREATE PROCEDURE public.purge()
    LANGUAGE sql
    BEGIN ATOMIC
        DELETE FROM public.audit WHERE at < now() - interval '1 year';
    END;

COMMENT ON PROCEDURE public.purge() IS 'deletes old audit rows';
