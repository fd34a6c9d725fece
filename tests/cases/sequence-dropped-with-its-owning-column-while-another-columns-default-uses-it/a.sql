CREATE SEQUENCE public.s;
CREATE TABLE public.t (id integer PRIMARY KEY, n integer, m integer DEFAULT nextval('public.s'));
ALTER SEQUENCE public.s OWNED BY public.t.n;
