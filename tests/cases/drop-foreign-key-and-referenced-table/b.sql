CREATE TABLE public.tasks (id integer PRIMARY KEY, project_id integer);
