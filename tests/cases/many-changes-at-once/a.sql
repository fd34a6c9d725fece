CREATE EXTENSION pg_trgm;

CREATE SCHEMA kept_schema;
CREATE SCHEMA dropped_schema;

CREATE TYPE public.delivery AS ENUM ('waiting', 'sent');
CREATE TYPE public.obsolete_kind AS ENUM ('old', 'older');
CREATE TYPE public.spare_kind AS ENUM ('p', 'q');
CREATE TYPE public.detached_kind AS ENUM ('m', 'n');

CREATE TABLE public.no_columns();

CREATE TABLE public.suppliers (
    id serial PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.shipments (
    shipment_id serial PRIMARY KEY,
    address text,
    state public.delivery,
    kind public.detached_kind
);

CREATE TABLE public.parts (
    part_no integer,
    name varchar(10) NOT NULL UNIQUE,
    cost numeric,
    qty integer NOT NULL DEFAULT 7 UNIQUE,
    retired text,
    CONSTRAINT cost_check CHECK (cost > 0),
    shipment integer REFERENCES public.shipments ON DELETE CASCADE,
    supplier integer REFERENCES public.suppliers ON DELETE CASCADE
);

CREATE UNIQUE INDEX ON public.parts (qty);
CREATE UNIQUE INDEX ON public.shipments (shipment_id);
CREATE INDEX ON public.parts (cost);

CREATE VIEW public.parts_view AS SELECT * FROM public.parts;

CREATE FUNCTION public.reshaped(i integer, t text[]) RETURNS TABLE(a text, c integer) AS $$
begin
  return query select 'no'::text, 1;
end;
$$ LANGUAGE plpgsql STABLE RETURNS NULL ON NULL INPUT SECURITY DEFINER;
