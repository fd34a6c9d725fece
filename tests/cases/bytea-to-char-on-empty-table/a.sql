CREATE TABLE public.blobs (
    id integer PRIMARY KEY,
    payload bytea NOT NULL
);
