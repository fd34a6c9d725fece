CREATE TABLE public.tasks (id integer PRIMARY KEY, owner text, done boolean DEFAULT false);
CREATE VIEW public.open_tasks AS SELECT id, owner FROM public.tasks WHERE NOT done;
