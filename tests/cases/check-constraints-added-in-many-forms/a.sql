CREATE TABLE public.wells (
    "ID" integer PRIMARY KEY,
    name varchar(255),
    "Depth" bigint
);
