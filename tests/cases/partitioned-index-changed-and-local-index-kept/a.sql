CREATE TABLE public.metrics (
    id integer,
    region varchar(255),
    val numeric,
    PRIMARY KEY (region, id)
) PARTITION BY LIST (region);
CREATE TABLE public.metrics_1 PARTITION OF public.metrics FOR VALUES IN ('one');
CREATE TABLE public.metrics_2 PARTITION OF public.metrics FOR VALUES IN ('two');
CREATE INDEX metrics_val_idx ON public.metrics (val);
CREATE INDEX metrics_id_idx ON public.metrics (id);
CREATE INDEX metrics_1_val_local ON public.metrics_1 (id, val);
