CREATE TABLE public.shipments (
    id integer,
    region varchar(255),
    carrier text COLLATE "POSIX",
    seq serial,
    CHECK (seq > 0),
    PRIMARY KEY (region, id),
    UNIQUE (region, carrier)
) PARTITION BY LIST (region);
ALTER TABLE public.shipments REPLICA IDENTITY FULL;
ALTER TABLE public.shipments ENABLE ROW LEVEL SECURITY;
ALTER TABLE public.shipments FORCE ROW LEVEL SECURITY;
CREATE TABLE public.shipments_north PARTITION OF public.shipments FOR VALUES IN ('north');
ALTER TABLE public.shipments_north REPLICA IDENTITY DEFAULT;
ALTER TABLE public.shipments_north ENABLE ROW LEVEL SECURITY;
CREATE TABLE public.shipments_south PARTITION OF public.shipments FOR VALUES IN ('south');
ALTER TABLE public.shipments_south FORCE ROW LEVEL SECURITY;
CREATE TABLE public.shipments_west PARTITION OF public.shipments FOR VALUES IN ('west');
CREATE UNIQUE INDEX shipments_region_carrier_idx ON public.shipments (region, carrier);
CREATE INDEX shipments_north_region_idx ON public.shipments_north (region);
CREATE UNIQUE INDEX shipments_south_region_idx ON public.shipments_south (region);

CREATE TABLE public.carriers (
    region varchar(255),
    carrier text
) PARTITION BY LIST (region);
CREATE TABLE public.carriers_north PARTITION OF public.carriers FOR VALUES IN ('north');
CREATE UNIQUE INDEX carriers_region_carrier_idx ON public.carriers (region, carrier);
CREATE UNIQUE INDEX carriers_north_region_idx ON public.carriers_north (region);

ALTER TABLE public.carriers ADD CONSTRAINT carriers_shipment_fk FOREIGN KEY (region, carrier) REFERENCES public.shipments (region, carrier);
ALTER TABLE public.shipments ADD CONSTRAINT shipments_carrier_fk FOREIGN KEY (region, carrier) REFERENCES public.carriers (region, carrier);
ALTER TABLE public.carriers_north ADD CONSTRAINT carriers_north_fk FOREIGN KEY (region) REFERENCES public.shipments_south (region);
ALTER TABLE public.shipments_north ADD CONSTRAINT shipments_north_fk FOREIGN KEY (region) REFERENCES public.carriers_north (region);
