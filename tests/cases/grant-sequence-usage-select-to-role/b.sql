CREATE SEQUENCE public.ticket_numbers;
GRANT USAGE, SELECT ON SEQUENCE public.ticket_numbers TO surveyschema_case_sequence_user;
