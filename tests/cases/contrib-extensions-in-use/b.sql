CREATE EXTENSION citext;
CREATE EXTENSION hstore;
CREATE EXTENSION pg_trgm;
CREATE EXTENSION pgcrypto;

CREATE TABLE public.documents (
    id integer PRIMARY KEY,
    title public.citext,
    body text,
    attributes public.hstore DEFAULT ''::public.hstore,
    token bytea DEFAULT public.gen_random_bytes(16)
);

CREATE INDEX documents_title_trgm ON public.documents USING gin (title public.gin_trgm_ops);
CREATE INDEX documents_body_trgm ON public.documents USING gist (body public.gist_trgm_ops);
