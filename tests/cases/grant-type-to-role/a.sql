CREATE TYPE public.project_status AS ENUM ('planned', 'active', 'closed');

CREATE DOMAIN public.percentage AS numeric(5,2)
    CONSTRAINT percentage_range CHECK (VALUE >= 0 AND VALUE <= 100);
