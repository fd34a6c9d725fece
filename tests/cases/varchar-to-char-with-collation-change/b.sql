CREATE TABLE public.flags (
    id integer PRIMARY KEY,
    flag char COLLATE "POSIX" NOT NULL
);
