CREATE TABLE public.ledger (id integer PRIMARY KEY, amount numeric, note text);
GRANT SELECT, UPDATE ON public.ledger TO surveyschema_case_revoked;
GRANT UPDATE (note) ON public.ledger TO surveyschema_case_revoked;
CREATE FUNCTION public.total() RETURNS numeric LANGUAGE sql AS 'SELECT 0::numeric';
GRANT EXECUTE ON FUNCTION public.total() TO surveyschema_case_revoked;
