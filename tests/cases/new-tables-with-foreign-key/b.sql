CREATE TABLE public.tasks (id integer PRIMARY KEY, project_id integer);
CREATE TABLE public.projects (id integer PRIMARY KEY, name text NOT NULL);
ALTER TABLE public.tasks ADD CONSTRAINT tasks_project_fk FOREIGN KEY (project_id) REFERENCES public.projects(id);
