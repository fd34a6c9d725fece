CREATE TABLE public.staff (
    id integer PRIMARY KEY,
    name text NOT NULL,
    email text,
    salary numeric(10,2)
);

-- Readers see who works here, not what they earn; writers may correct a name or an address.
GRANT SELECT (id, name, email) ON TABLE public.staff TO app_reader;
GRANT SELECT (id, name, email), UPDATE (name, email) ON TABLE public.staff TO app_writer;
