CREATE FUNCTION public.answer() RETURNS integer LANGUAGE sql AS 'SELECT 42';
REVOKE EXECUTE ON FUNCTION public.answer() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION public.answer() TO surveyschema_case_function_caller;
