CREATE SEQUENCE public.ticket_number_seq START WITH 1000;

CREATE TABLE public.tickets (
    id serial PRIMARY KEY,
    number integer DEFAULT nextval('public.ticket_number_seq') NOT NULL,
    subject text
);
