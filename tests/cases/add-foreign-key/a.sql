CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE public.tasks (id integer PRIMARY KEY, project_id integer);
