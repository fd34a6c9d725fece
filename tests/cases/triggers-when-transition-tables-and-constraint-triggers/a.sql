CREATE TABLE public.accounts (id integer PRIMARY KEY, balance numeric NOT NULL DEFAULT 0);

CREATE FUNCTION public.note_change() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  return null;
end;
$$;

CREATE TRIGGER accounts_changed AFTER UPDATE ON public.accounts FOR EACH ROW EXECUTE FUNCTION public.note_change();
