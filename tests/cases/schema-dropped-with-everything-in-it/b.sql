CREATE TABLE public.refs (id integer PRIMARY KEY, thing_id integer);
