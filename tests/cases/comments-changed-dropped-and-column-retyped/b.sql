CREATE TABLE public.commented (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100),
    "None" INTEGER
);

COMMENT ON TABLE public.commented IS 'This table still shows positive values';
