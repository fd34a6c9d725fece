CREATE SEQUENCE public.s;
CREATE TABLE public.u (id integer PRIMARY KEY);
CREATE SEQUENCE public.s2;
