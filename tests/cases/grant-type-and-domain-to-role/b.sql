CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE DOMAIN public.positive AS integer CHECK (VALUE > 0);
REVOKE USAGE ON TYPE public.mood FROM PUBLIC;
GRANT USAGE ON TYPE public.mood TO surveyschema_case_type_user;
GRANT USAGE ON DOMAIN public.positive TO surveyschema_case_type_user WITH GRANT OPTION;
CREATE TYPE public.private_pair AS (a integer, b integer);
REVOKE USAGE ON TYPE public.private_pair FROM PUBLIC;
