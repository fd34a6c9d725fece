CREATE SEQUENCE public.ticket_number_seq START WITH 1000;

CREATE TABLE public.tickets (
    id serial PRIMARY KEY,
    number integer DEFAULT nextval('public.ticket_number_seq') NOT NULL,
    subject text
);

GRANT SELECT, INSERT ON TABLE public.tickets TO app_writer;
GRANT USAGE ON SEQUENCE public.tickets_id_seq TO app_writer;
GRANT USAGE, SELECT ON SEQUENCE public.ticket_number_seq TO app_writer;
GRANT SELECT ON SEQUENCE public.ticket_number_seq TO app_reader;
