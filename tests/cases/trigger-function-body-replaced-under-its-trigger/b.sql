CREATE TABLE public.docs (id integer PRIMARY KEY, body text, updated_at timestamptz);
CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $$
begin
  new.updated_at := clock_timestamp();
  return new;
end;
$$;
CREATE TRIGGER docs_touch BEFORE INSERT OR UPDATE ON public.docs FOR EACH ROW EXECUTE FUNCTION public.touch();
