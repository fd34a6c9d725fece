CREATE TABLE public.orders (id bigint NOT NULL, region text NOT NULL, total numeric, PRIMARY KEY (id, region)) PARTITION BY LIST (region);
CREATE TABLE public.orders_eu PARTITION OF public.orders FOR VALUES IN ('eu');
CREATE TABLE public.orders_us PARTITION OF public.orders FOR VALUES IN ('us', 'ca');
CREATE TABLE public.orders_other PARTITION OF public.orders DEFAULT;
CREATE INDEX orders_total ON public.orders (total);

CREATE TABLE public.events (id bigint NOT NULL, body text) PARTITION BY HASH (id);
CREATE TABLE public.events_0 PARTITION OF public.events FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES WITH (MODULUS 2, REMAINDER 1);
