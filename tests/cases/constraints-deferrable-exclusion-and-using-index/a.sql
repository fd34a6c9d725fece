CREATE TABLE public.t1 (a int);

CREATE TABLE public.b (bb int PRIMARY KEY);

CREATE TABLE public.t2 (a int PRIMARY KEY, bb int REFERENCES public.b (bb), price numeric, CONSTRAINT x CHECK (price > 0));

CREATE TABLE public.c (cc int UNIQUE);

CREATE UNIQUE INDEX ON public.t1 (a);

CREATE TABLE public.circles_losing_exclusion (
    c circle,
    EXCLUDE USING gist (c WITH &&)
);
