CREATE TYPE public.floatrange AS RANGE (subtype = float8, subtype_diff = float8mi);

CREATE TABLE public.bookings (
    id integer PRIMARY KEY,
    room integer,
    during tstzrange,
    slots int4multirange,
    temperature public.floatrange
);

CREATE INDEX bookings_during ON public.bookings USING gist (during);

COMMENT ON TYPE public.floatrange IS 'a range over double precision';
