CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body varchar(255) DEFAULT 'empty note' NOT NULL
);
