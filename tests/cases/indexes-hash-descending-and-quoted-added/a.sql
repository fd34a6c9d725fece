CREATE TABLE public."Gauges" (
    id integer PRIMARY KEY,
    "Label" varchar(255),
    reading text,
    slot integer
);
