CREATE SCHEMA "Reporting";
CREATE TABLE "Reporting"."Daily" (id integer PRIMARY KEY, day date NOT NULL);
CREATE INDEX "Daily_day_idx" ON "Reporting"."Daily" (day);
CREATE SCHEMA empty_one;
