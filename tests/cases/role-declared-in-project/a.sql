CREATE TABLE public.reports (id integer PRIMARY KEY, title text);
