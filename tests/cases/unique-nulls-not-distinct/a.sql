CREATE TABLE public.slots (a integer, b integer, UNIQUE (a, b));
