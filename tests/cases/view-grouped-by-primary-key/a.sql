CREATE TABLE public.other (a integer);
