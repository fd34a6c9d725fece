CREATE DOMAIN public.positive AS numeric(10,3) NOT NULL CHECK (VALUE > 0);
CREATE TYPE public.pair AS (a integer, b text);
CREATE TABLE public.t (p public.positive, q public.pair);
