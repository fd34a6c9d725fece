CREATE TABLE public.blobs (
    id integer PRIMARY KEY,
    payload char NOT NULL
);
