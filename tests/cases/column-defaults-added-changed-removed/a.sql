CREATE TABLE public.settings (
    id integer PRIMARY KEY,
    a varchar(255),
    b varchar(255) DEFAULT '',
    c varchar(255) DEFAULT 'something else',
    d timestamptz DEFAULT now()
);
