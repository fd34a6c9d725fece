CREATE TABLE public.notes (
    id integer PRIMARY KEY,
    body text DEFAULT 'empty note' NOT NULL
);
