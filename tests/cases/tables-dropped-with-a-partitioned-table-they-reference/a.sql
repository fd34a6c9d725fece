CREATE TABLE public.keep (id integer PRIMARY KEY);
CREATE TABLE public.events (id integer, region text, PRIMARY KEY (region, id)) PARTITION BY LIST (region);
CREATE TABLE public.events_n PARTITION OF public.events FOR VALUES IN ('n');
CREATE TABLE public.events_s PARTITION OF public.events FOR VALUES IN ('s');
CREATE TABLE public.notes (id integer PRIMARY KEY, region text, event_id integer,
    CONSTRAINT notes_event_fk FOREIGN KEY (region, event_id) REFERENCES public.events (region, id));
CREATE TABLE public.tasks (id integer PRIMARY KEY, note_id integer REFERENCES public.notes (id));
