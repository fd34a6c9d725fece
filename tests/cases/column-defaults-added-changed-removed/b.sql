CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    a varchar(255) DEFAULT '',
    b varchar(255),
    c varchar(255) DEFAULT '',
    d timestamptz DEFAULT (now() AT TIME ZONE 'utc')
);
