CREATE TABLE public.readings (id integer PRIMARY KEY, value numeric NOT NULL);

CREATE TYPE public.sum_count AS (total numeric, n bigint);

CREATE FUNCTION public.sum_count_step(state public.sum_count, value numeric) RETURNS public.sum_count
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ROW(state.total + value, state.n + 1)::public.sum_count $$;

CREATE FUNCTION public.sum_count_merge(a public.sum_count, b public.sum_count) RETURNS public.sum_count
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT ROW(a.total + b.total, a.n + b.n)::public.sum_count $$;

CREATE FUNCTION public.sum_count_mean(state public.sum_count) RETURNS numeric
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT CASE WHEN state.n = 0 THEN NULL ELSE state.total / state.n END $$;

-- A normal aggregate with a composite state, a final and a combine function, an initial condition.
CREATE AGGREGATE public.mean(numeric) (
    SFUNC = public.sum_count_step,
    STYPE = public.sum_count,
    FINALFUNC = public.sum_count_mean,
    COMBINEFUNC = public.sum_count_merge,
    INITCOND = '(0,0)',
    PARALLEL = SAFE
);

-- Built-in support functions, a moving-aggregate mode and a sort operator.
CREATE AGGREGATE public.total(integer) (
    SFUNC = int4pl,
    STYPE = integer,
    INITCOND = '0',
    MSFUNC = int4pl,
    MINVFUNC = int4mi,
    MSTYPE = integer,
    MINITCOND = '0'
);

CREATE AGGREGATE public.greatest_of(integer) (
    SFUNC = int4larger,
    STYPE = integer,
    SORTOP = >
);

-- An ordered-set aggregate and a zero-argument one.
CREATE FUNCTION public.first_sorted_step(state anyelement, value anyelement) RETURNS anyelement
    LANGUAGE sql IMMUTABLE AS $$ SELECT coalesce(state, value) $$;

CREATE AGGREGATE public.first_sorted(ORDER BY anyelement) (
    SFUNC = public.first_sorted_step,
    STYPE = anyelement
);

CREATE FUNCTION public.tick(state bigint) RETURNS bigint
    LANGUAGE sql IMMUTABLE STRICT AS $$ SELECT state + 1 $$;

CREATE AGGREGATE public.ticks(*) (
    SFUNC = public.tick,
    STYPE = bigint,
    INITCOND = '0'
);

REVOKE EXECUTE ON FUNCTION public.mean(numeric) FROM PUBLIC;
