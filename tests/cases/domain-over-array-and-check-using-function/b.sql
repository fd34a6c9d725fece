CREATE FUNCTION public.all_positive(v integer[]) RETURNS boolean LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(bool_and(x > 0), true) FROM unnest(v) AS x $$;

CREATE DOMAIN public.positive_votes AS integer[] CHECK (public.all_positive(VALUE));

CREATE TABLE public.polls (id integer PRIMARY KEY, votes public.positive_votes DEFAULT '{}', CONSTRAINT small CHECK (cardinality(votes) < 100));
