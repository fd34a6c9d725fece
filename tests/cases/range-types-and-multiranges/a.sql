CREATE TABLE public.bookings (id integer PRIMARY KEY, room integer);
