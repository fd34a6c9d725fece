CREATE TABLE public.tickets (id integer NOT NULL, code integer);

CREATE SEQUENCE public.ticket_ids AS bigint INCREMENT BY 10 MINVALUE 1 MAXVALUE 1000000 START WITH 10 CACHE 20 CYCLE;
ALTER TABLE public.tickets ALTER COLUMN id SET DEFAULT nextval('public.ticket_ids');

CREATE SEQUENCE public.codes AS integer START 100 INCREMENT -1 MINVALUE 1 MAXVALUE 100 NO CYCLE OWNED BY public.tickets.code;

CREATE UNLOGGED SEQUENCE public.scratch;
