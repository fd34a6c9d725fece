CREATE TABLE public.readings (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100),
    value BIGINT
);

CREATE VIEW public.positive_readings AS
SELECT id, name, value
FROM public.readings
WHERE value > 0;

COMMENT ON VIEW public.positive_readings IS 'This is a view that shows positive values';
