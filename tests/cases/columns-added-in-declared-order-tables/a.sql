CREATE TYPE public.stage AS ENUM ('draft', 'done');
CREATE TABLE public.jobs (id integer PRIMARY KEY);
