CREATE TABLE public.readings (id integer PRIMARY KEY, value numeric NOT NULL);
