CREATE TABLE public.events (id integer, region text, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE public.events_n PARTITION OF public.events FOR VALUES IN ('n');
CREATE TABLE public.notes (id integer PRIMARY KEY, region text, event_id integer);
