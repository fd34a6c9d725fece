CREATE EXTENSION IF NOT EXISTS postgis;
CREATE EXTENSION IF NOT EXISTS "uuid-ossp";
CREATE TABLE public.pts (id integer PRIMARY KEY, geom public.geometry(PointZ,2277));
CREATE INDEX pts_geom ON public.pts USING gist (geom public.gist_geometry_ops_nd);
