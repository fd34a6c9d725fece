CREATE TABLE public.t_enable (id integer PRIMARY KEY);
CREATE TABLE public.t_disable (id integer PRIMARY KEY);
ALTER TABLE public.t_disable ENABLE ROW LEVEL SECURITY;
CREATE TABLE public.t_force (id integer PRIMARY KEY);
CREATE TABLE public.t_unforce (id integer PRIMARY KEY);
ALTER TABLE public.t_unforce FORCE ROW LEVEL SECURITY;
