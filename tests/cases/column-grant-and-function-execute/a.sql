CREATE TABLE public.accounts (id integer PRIMARY KEY, secret text);

CREATE VIEW public.accounts_view AS SELECT * FROM public.accounts;

CREATE SEQUENCE public.account_numbers;

CREATE FUNCTION public.account_count() RETURNS integer AS $$
begin
  return 1;
end;
$$ LANGUAGE plpgsql;

GRANT SELECT ON public.accounts_view TO corpusa_reader;
GRANT USAGE ON SEQUENCE public.account_numbers TO corpusa_reader;
