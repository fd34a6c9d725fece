CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);

CREATE FUNCTION public.note_change() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  return null;
end;
$$;

CREATE TRIGGER accounts_changed AFTER UPDATE OF balance ON public.accounts
    FOR EACH ROW WHEN (OLD.balance IS DISTINCT FROM NEW.balance)
    EXECUTE FUNCTION public.note_change();

CREATE TRIGGER accounts_batch AFTER INSERT ON public.accounts
    REFERENCING NEW TABLE AS inserted
    FOR EACH STATEMENT EXECUTE FUNCTION public.note_change();

CREATE CONSTRAINT TRIGGER accounts_check AFTER INSERT OR UPDATE ON public.accounts
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW EXECUTE FUNCTION public.note_change();

CREATE TRIGGER accounts_truncated BEFORE TRUNCATE ON public.accounts
    FOR EACH STATEMENT EXECUTE FUNCTION public.note_change();

ALTER TABLE public.accounts DISABLE TRIGGER accounts_truncated;

COMMENT ON TRIGGER accounts_batch ON public.accounts IS 'statement trigger with a transition table';
