CREATE TABLE public.projects (
    id integer NOT NULL,
    name text NOT NULL
);

ALTER TABLE ONLY public.projects
    ADD CONSTRAINT projects_pkey PRIMARY KEY (id);

REVOKE ALL ON TABLE public.projects FROM PUBLIC;
GRANT SELECT ON TABLE public.projects TO app_reader;
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.projects TO app_writer;
