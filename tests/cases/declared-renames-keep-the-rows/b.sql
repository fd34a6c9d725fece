CREATE TABLE public.projects (id integer CONSTRAINT jobs_pkey PRIMARY KEY, name text NOT NULL);
CREATE INDEX jobs_title ON public.projects (name);
