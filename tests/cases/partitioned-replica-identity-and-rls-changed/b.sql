CREATE TABLE public.routes (
    id integer,
    region varchar(255),
    PRIMARY KEY (region, id)
) PARTITION BY LIST (region);
ALTER TABLE public.routes REPLICA IDENTITY DEFAULT;
ALTER TABLE public.routes ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.routes FORCE ROW LEVEL SECURITY;
CREATE TABLE public.routes_1 PARTITION OF public.routes FOR VALUES IN ('one');
ALTER TABLE public.routes_1 REPLICA IDENTITY FULL;
ALTER TABLE public.routes_1 ENABLE ROW LEVEL SECURITY;
CREATE TABLE public.routes_2 PARTITION OF public.routes FOR VALUES IN ('two');
ALTER TABLE public.routes_2 REPLICA IDENTITY FULL;
ALTER TABLE public.routes_2 FORCE ROW LEVEL SECURITY;
CREATE TABLE public.routes_3 PARTITION OF public.routes FOR VALUES IN ('three');
