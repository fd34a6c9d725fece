CREATE TABLE public.b (bb int PRIMARY KEY);

CREATE TABLE public.t2 (a int, bb int REFERENCES public.b (bb) DEFERRABLE INITIALLY DEFERRED);

CREATE TABLE public.t1 (a int PRIMARY KEY, price numeric, CONSTRAINT x CHECK (price > 0));

CREATE TABLE public.c (cc int UNIQUE);

CREATE UNIQUE INDEX c_pkey ON public.c USING btree (cc);

ALTER TABLE public.c ADD CONSTRAINT c_pkey PRIMARY KEY USING INDEX c_pkey DEFERRABLE INITIALLY DEFERRED;

CREATE UNIQUE INDEX ON public.t2 (a);

CREATE TABLE public.circles (
    c circle,
    EXCLUDE USING gist (c WITH &&)
);

CREATE TABLE public.circles_losing_exclusion (
    c circle
);
