CREATE TYPE public.project_status AS ENUM ('planned', 'active', 'closed');

CREATE DOMAIN public.percentage AS numeric(5,2)
    CONSTRAINT percentage_range CHECK (VALUE >= 0 AND VALUE <= 100);

REVOKE ALL ON TYPE public.project_status FROM PUBLIC;
GRANT USAGE ON TYPE public.project_status TO app_reader;
REVOKE ALL ON DOMAIN public.percentage FROM PUBLIC;
GRANT USAGE ON DOMAIN public.percentage TO app_writer;
