CREATE SCHEMA "Sales";

CREATE TABLE "Sales"."Order" (
    "Id" integer PRIMARY KEY,
    "user" text NOT NULL DEFAULT 'nobody',
    "select" bigint,
    "Created At" timestamptz DEFAULT now(),
    "order" text,
    "CamelCase" boolean DEFAULT false
);

CREATE INDEX "Order_user_Idx" ON "Sales"."Order" ("user", "select");

CREATE VIEW "Sales"."Open Orders" AS SELECT "Id", "user" AS "from" FROM "Sales"."Order" WHERE "select" > 0;

COMMENT ON COLUMN "Sales"."Order"."select" IS 'a reserved word as a column';

CREATE TABLE public.a_table_name_that_is_exactly_sixty_three_characters_long_abcdef (
    a_column_name_that_is_exactly_sixty_three_characters_long_xyzw bigint,
    CONSTRAINT a_constraint_name_that_is_exactly_sixty_three_characters_lo_chk CHECK (a_column_name_that_is_exactly_sixty_three_characters_long_xyzw > 0)
);
