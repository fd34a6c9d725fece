CREATE EXTENSION hstore;
CREATE EXTENSION citext;

CREATE SCHEMA kept_schema;

CREATE TYPE public.delivery AS ENUM ('waiting', 'sent', 'delivered');
CREATE TYPE public.ticket_state AS ENUM ('new', 'open', 'closed');
CREATE TYPE public.spare_kind AS ENUM ('p', 'q', 'r');
CREATE TYPE public.detached_kind AS ENUM ('m', 'n');

CREATE TABLE public.parts (
    part_no serial PRIMARY KEY,
    name text,
    cost numeric NOT NULL DEFAULT 100,
    qty integer,
    added text,
    added_interval interval,
    CONSTRAINT cost_check CHECK (cost > 10),
    CONSTRAINT cost_positive CHECK (cost > 0)
);

CREATE INDEX ON public.parts (name);

CREATE TABLE public.shipments (
    shipment_id integer PRIMARY KEY UNIQUE,
    address text,
    state public.delivery,
    kind text,
    attributes public.hstore,
    contact public.citext
);

CREATE TABLE public.shipment_parts (
    part_no integer REFERENCES public.parts ON DELETE RESTRICT,
    shipment_id integer REFERENCES public.shipments ON DELETE CASCADE,
    quantity integer,
    PRIMARY KEY (part_no, shipment_id)
);

CREATE FUNCTION public.reshaped(i integer, t text[]) RETURNS TABLE(a text, c integer) AS $$
begin
  return query select 'no'::text, 1;
end;
$$ LANGUAGE plpgsql VOLATILE RETURNS NULL ON NULL INPUT SECURITY DEFINER;

CREATE FUNCTION public.fresh(i integer, t text[]) RETURNS TABLE(a text, c integer) AS $$
begin
  return query select 'yes'::text, 2;
end;
$$ LANGUAGE plpgsql STABLE RETURNS NULL ON NULL INPUT SECURITY INVOKER;

CREATE VIEW public.parts_view AS SELECT 2 AS two;

CREATE TABLE public.tickets (
    id serial,
    description text,
    state text
);
