CREATE TABLE public.samples (
    id integer PRIMARY KEY,
    label varchar(255),
    depth bigint,
    CHECK (depth > id), CHECK (depth IS NOT NULL), CHECK (depth > 0)
);
