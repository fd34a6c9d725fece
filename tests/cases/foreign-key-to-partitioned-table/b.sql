CREATE TABLE public.events (id integer, region text, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE public.events_n PARTITION OF public.events FOR VALUES IN ('n');
CREATE TABLE public.events_s PARTITION OF public.events FOR VALUES IN ('s');
CREATE TABLE public.notes (id integer PRIMARY KEY, region text, event_id integer);
ALTER TABLE public.notes ADD CONSTRAINT notes_event_fk FOREIGN KEY (region, event_id) REFERENCES public.events (region, id);
CREATE TABLE public.event_tags (region text, event_id integer, tag text) PARTITION BY LIST (region);
CREATE TABLE public.event_tags_n PARTITION OF public.event_tags FOR VALUES IN ('n');
ALTER TABLE public.event_tags ADD CONSTRAINT event_tags_event_fk FOREIGN KEY (region, event_id) REFERENCES public.events (region, id) ON DELETE CASCADE;
