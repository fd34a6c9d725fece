CREATE TABLE public.flags (
    id integer PRIMARY KEY,
    flag varchar(255) COLLATE "C" NOT NULL
);
