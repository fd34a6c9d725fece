CREATE TABLE public.accounts (id integer PRIMARY KEY, secret text);

CREATE VIEW public.accounts_view AS SELECT * FROM public.accounts;

CREATE SEQUENCE public.account_numbers;

CREATE FUNCTION public.account_count() RETURNS integer AS $$
begin
  return 1;
end;
$$ LANGUAGE plpgsql;

GRANT SELECT (id) ON public.accounts TO corpusa_reader;
REVOKE EXECUTE ON FUNCTION public.account_count() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.account_count() TO corpusa_reader;
