CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE public.g (id integer PRIMARY KEY, geog public.geography(Point,4326));
