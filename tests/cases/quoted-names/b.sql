CREATE TABLE public."Order" ("select" integer PRIMARY KEY, "Mixed Case" text, "user" text);
CREATE INDEX "Idx Order" ON public."Order" ("Mixed Case");
COMMENT ON COLUMN public."Order"."user" IS 'who';
