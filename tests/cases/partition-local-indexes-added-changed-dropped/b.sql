CREATE TABLE public.logs (
    id integer,
    region varchar(255),
    msg text,
    PRIMARY KEY (region, id)
) PARTITION BY LIST (region);
CREATE TABLE public.logs_1 PARTITION OF public.logs FOR VALUES IN ('one');
CREATE TABLE public.logs_2 PARTITION OF public.logs FOR VALUES IN ('two');
CREATE INDEX logs_1_msg_idx ON public.logs_1 USING hash (msg);
CREATE INDEX logs_2_id_idx ON public.logs_2 (id DESC);
CREATE UNIQUE INDEX logs_1_region_id_msg_idx ON public.logs_1 (region, id, msg);
