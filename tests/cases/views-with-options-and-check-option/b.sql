CREATE TABLE public.tasks (id integer PRIMARY KEY, owner text, done boolean DEFAULT false);
CREATE VIEW public.open_tasks WITH (security_barrier = true) AS
    SELECT id, owner, done FROM public.tasks WHERE NOT done
    WITH CASCADED CHECK OPTION;
CREATE VIEW public.my_tasks WITH (security_invoker = true) AS
    SELECT * FROM public.open_tasks WHERE owner = current_user
    WITH LOCAL CHECK OPTION;
CREATE RECURSIVE VIEW public.countdown (n) AS SELECT 3 UNION ALL SELECT n - 1 FROM countdown WHERE n > 0;
