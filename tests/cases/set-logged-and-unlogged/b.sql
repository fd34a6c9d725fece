CREATE TABLE public.import_staging (
    line integer PRIMARY KEY,
    payload text
);

-- Sessions can be lost in a crash; they are not worth the WAL.
CREATE UNLOGGED TABLE public.web_sessions (
    token text PRIMARY KEY,
    expires_at timestamp with time zone NOT NULL
);
