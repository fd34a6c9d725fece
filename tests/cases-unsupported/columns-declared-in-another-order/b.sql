CREATE TABLE public.packed (
    big bigint,
    id integer PRIMARY KEY,
    txt text,
    flag boolean,
    added_small smallint,
    added_ts timestamptz
);
