CREATE EXTENSION btree_gist;

CREATE TABLE public.reservations (
    room integer NOT NULL,
    during tsrange NOT NULL,
    CONSTRAINT no_double_booking EXCLUDE USING gist (room WITH =, during WITH &&) WHERE (room > 0)
);
