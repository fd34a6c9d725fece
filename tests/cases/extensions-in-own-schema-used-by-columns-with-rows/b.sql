CREATE SCHEMA extensions;
CREATE EXTENSION citext WITH SCHEMA extensions;
CREATE EXTENSION "uuid-ossp" WITH SCHEMA extensions;

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email extensions.citext,
    token uuid DEFAULT extensions.uuid_generate_v4()
);
