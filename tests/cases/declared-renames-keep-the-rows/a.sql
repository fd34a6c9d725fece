CREATE TABLE public.jobs (id integer CONSTRAINT jobs_pkey PRIMARY KEY, title text NOT NULL);
CREATE INDEX jobs_title ON public.jobs (title);
