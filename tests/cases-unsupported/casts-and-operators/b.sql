CREATE TYPE public.money_cents AS (cents bigint);

CREATE FUNCTION public.money_cents_add(a public.money_cents, b public.money_cents) RETURNS public.money_cents
    LANGUAGE sql IMMUTABLE AS $$ SELECT ROW((a).cents + (b).cents)::public.money_cents $$;

CREATE OPERATOR public.+ (LEFTARG = public.money_cents, RIGHTARG = public.money_cents, FUNCTION = public.money_cents_add, COMMUTATOR = OPERATOR(public.+));

CREATE FUNCTION public.money_cents_of(n bigint) RETURNS public.money_cents
    LANGUAGE sql IMMUTABLE AS $$ SELECT ROW(n)::public.money_cents $$;

CREATE CAST (bigint AS public.money_cents) WITH FUNCTION public.money_cents_of(bigint) AS ASSIGNMENT;
