CREATE TABLE public.ledger (id integer PRIMARY KEY, amount numeric, note text);
GRANT SELECT ON public.ledger TO surveyschema_case_revoked;
CREATE FUNCTION public.total() RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
