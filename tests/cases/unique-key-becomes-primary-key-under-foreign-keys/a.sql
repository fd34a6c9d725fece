CREATE TABLE public.projects (
    id integer NOT NULL,
    name text NOT NULL
);

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_id_key UNIQUE (id);

CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    project_id integer NOT NULL
);

CREATE TABLE public.milestones (
    id integer PRIMARY KEY,
    project_id integer
);

ALTER TABLE ONLY public.tasks
    ADD CONSTRAINT tasks_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id) ON DELETE CASCADE;

ALTER TABLE ONLY public.milestones
    ADD CONSTRAINT milestones_project_id_fkey FOREIGN KEY (project_id) REFERENCES public.projects(id);
