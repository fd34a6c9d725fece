CREATE TYPE public.stage AS ENUM ('draft', 'review', 'done');
CREATE TABLE public.jobs (
    id integer PRIMARY KEY,
    title text,
    stage public.stage DEFAULT 'review' NOT NULL,
    owner text,
    due date
);
