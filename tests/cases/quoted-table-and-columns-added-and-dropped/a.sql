CREATE TABLE public."Readings" (
    "Id" integer PRIMARY KEY,
    "Old_Value" numeric
);
