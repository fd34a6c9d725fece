CREATE TABLE public.clients (
    id integer PRIMARY KEY,
    name text NOT NULL
);

CREATE TABLE public.projects (
    id integer PRIMARY KEY,
    client_id integer NOT NULL REFERENCES public.clients (id),
    name text NOT NULL,
    archived_at timestamp with time zone
);

CREATE FUNCTION public.active_project_count(client integer) RETURNS bigint
    LANGUAGE sql STABLE
    AS $$
    SELECT count(*) FROM public.projects WHERE client_id = client AND archived_at IS NULL
$$;

CREATE FUNCTION public.client_label(client integer) RETURNS text
    LANGUAGE sql STABLE
    AS $$
    SELECT name || ' (' || public.active_project_count(id) || ' active)' FROM public.clients WHERE id = client
$$;

-- SQL-standard body: PostgreSQL records its dependencies itself.
CREATE FUNCTION public.archived_project_count() RETURNS bigint
    LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM public.projects WHERE archived_at IS NOT NULL;
END;
