CREATE TABLE public.readings (id integer PRIMARY KEY, value bigint NOT NULL, note text);
CREATE VIEW public.readings_positive AS SELECT id, value FROM public.readings WHERE value > 0;
CREATE VIEW public.readings_summary AS SELECT count(*) AS n, max(value) AS top FROM public.readings_positive;
CREATE VIEW public.notes AS SELECT id, note FROM public.readings;
COMMENT ON VIEW public.readings_summary IS 'kept through the recreation';
