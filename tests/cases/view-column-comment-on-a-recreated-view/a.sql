CREATE TABLE public.readings (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100),
    value INTEGER,
    "None" TEXT
);

CREATE VIEW public.positive_readings AS
SELECT id, name, value
FROM public.readings
WHERE value > 0;

COMMENT ON VIEW public.positive_readings IS 'positive values';

COMMENT ON COLUMN public.positive_readings.id IS 'identifier from readings';
