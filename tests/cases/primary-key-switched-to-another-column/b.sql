CREATE TABLE public."Plots" (
    "Id" integer,
    ref integer NOT NULL PRIMARY KEY
);
