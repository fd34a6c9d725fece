CREATE TABLE public.slots (a integer, b integer, UNIQUE NULLS NOT DISTINCT (a, b));
CREATE UNIQUE INDEX slots_b ON public.slots (b) NULLS NOT DISTINCT;
