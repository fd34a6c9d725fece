CREATE SEQUENCE public.ticket_numbers;
