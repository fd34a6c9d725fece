CREATE TYPE public.task_state AS ENUM ('open', 'done');

CREATE TABLE public.tasks (
    id integer PRIMARY KEY,
    state public.task_state DEFAULT 'open' NOT NULL
);
