CREATE UNLOGGED TABLE public.import_staging (
    line integer PRIMARY KEY,
    payload text
);

CREATE TABLE public.web_sessions (
    token text PRIMARY KEY,
    expires_at timestamp with time zone NOT NULL
);
