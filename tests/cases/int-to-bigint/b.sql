CREATE TABLE public.projects (id bigint PRIMARY KEY, name text NOT NULL);
