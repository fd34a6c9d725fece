CREATE TYPE public.task_status AS ENUM ('open', 'in_progress', 'done');

CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    state public.task_status DEFAULT 'open' NOT NULL
);
