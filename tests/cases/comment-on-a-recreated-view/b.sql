CREATE TABLE public.measures (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100),
    value BIGINT
);

CREATE VIEW public.positive_measures AS
SELECT id, name, value
FROM public.measures
WHERE value > 0;

COMMENT ON VIEW public.positive_measures IS 'This is a view that shows positive values';
