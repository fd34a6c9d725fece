CREATE TABLE public.reservations (room integer NOT NULL, during tsrange NOT NULL);
