CREATE TABLE public.readings (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    station text NOT NULL,
    taken_at timestamp with time zone NOT NULL,
    value double precision
);

-- One archive table per year, shaped like readings; a loop rather than three copies of the same DDL.
DO $$
DECLARE
    year integer;
BEGIN
    FOR year IN 2024..2026 LOOP
        EXECUTE format('CREATE TABLE public.%I (LIKE public.readings INCLUDING DEFAULTS INCLUDING CONSTRAINTS)', 'readings_' || year);
        EXECUTE format('COMMENT ON TABLE public.%I IS %L', 'readings_' || year, 'readings of ' || year);
    END LOOP;
END
$$;
