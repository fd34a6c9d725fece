CREATE SCHEMA ext;
CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA ext;
CREATE TABLE public.secrets (id integer PRIMARY KEY, token text DEFAULT encode(ext.gen_random_bytes(8), 'hex'));
