CREATE TABLE public.polls (id integer PRIMARY KEY);
