CREATE TABLE public.people (id integer PRIMARY KEY, name text, age integer);
CREATE VIEW public.adults AS SELECT id, name FROM public.people WHERE age >= 18;
GRANT SELECT ON public.adults TO psd_reader;
GRANT SELECT (name) ON public.people TO psd_reader;
ALTER VIEW public.adults OWNER TO psd_owner;
COMMENT ON VIEW public.adults IS 'grown-ups';
