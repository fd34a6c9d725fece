CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."Order" (
    "Id" integer PRIMARY KEY,
    "user" text,
    "select" integer,
    "Created At" timestamptz DEFAULT now()
);

CREATE TABLE public.a_table_name_that_is_exactly_sixty_three_characters_long_abcdef (
    a_column_name_that_is_exactly_sixty_three_characters_long_xyzw integer
);
