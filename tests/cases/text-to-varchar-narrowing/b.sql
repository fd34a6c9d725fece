CREATE TABLE public.projects (id integer PRIMARY KEY, name varchar(20) NOT NULL);
