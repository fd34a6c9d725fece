CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE SCHEMA rnd;
CREATE TYPE rnd."e1" AS ENUM ('l1_0', 'l1_1', 'l1_2');
CREATE TABLE rnd."t2" (
    "id" integer NOT NULL,
    "c3" geometry(MultiPolygonZ,2277) NOT NULL,
    CONSTRAINT "t2_pkey" PRIMARY KEY (id)
);
CREATE INDEX "t2_i4" ON rnd."t2" USING gist ("c3");
