CREATE TABLE public.stations (
    id integer PRIMARY KEY,
    code varchar(40) COLLATE "C" NOT NULL DEFAULT 'none',
    label varchar(80) COLLATE "POSIX",
    created timestamp DEFAULT CURRENT_TIMESTAMP
);
