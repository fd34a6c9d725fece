CREATE TABLE public.tickets (id integer NOT NULL, code integer);

CREATE SEQUENCE public.ticket_ids;
ALTER SEQUENCE public.ticket_ids OWNED BY public.tickets.id;
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.ticket_ids');

CREATE SEQUENCE public.codes AS integer START 100 INCREMENT 5;

CREATE SEQUENCE public.spare;
