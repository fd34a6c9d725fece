CREATE DOMAIN public.positive_int AS integer DEFAULT 1 NOT NULL
    CONSTRAINT positive CHECK (VALUE > 0)
    CONSTRAINT small CHECK (VALUE < 1000000);

CREATE DOMAIN public.email AS text CONSTRAINT has_at CHECK (VALUE LIKE '%@%');

COMMENT ON DOMAIN public.email IS 'an address with an at sign';

CREATE DOMAIN public.score AS numeric(5,2) DEFAULT 0;

CREATE TABLE public.people (id public.positive_int PRIMARY KEY, email public.email, score public.score);
