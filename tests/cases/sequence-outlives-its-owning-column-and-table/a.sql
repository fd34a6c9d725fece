CREATE SEQUENCE public.s;
CREATE TABLE public.t (id integer PRIMARY KEY, n integer);
ALTER SEQUENCE public.s OWNED BY public.t.n;
CREATE TABLE public.u (id integer PRIMARY KEY, k integer);
CREATE SEQUENCE public.s2 OWNED BY public.u.k;
