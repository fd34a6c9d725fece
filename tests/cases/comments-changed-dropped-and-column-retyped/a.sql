CREATE TABLE public.commented (
    id SERIAL PRIMARY KEY,
    name VARCHAR(100),
    "None" TEXT,
    value INTEGER
);

COMMENT ON TABLE public.commented IS 'This table shows positive values';

COMMENT ON COLUMN public.commented.id IS 'Unique identifier';
