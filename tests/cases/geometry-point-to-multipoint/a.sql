CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE public.pts (id integer PRIMARY KEY, geom public.geometry(Point,2277));
