CREATE DOMAIN public.money_amount AS numeric(20,4) CONSTRAINT money_amount_check CHECK (VALUE >= 0);
CREATE DOMAIN public.label AS text COLLATE "C";
CREATE TABLE public.payments (
    id integer PRIMARY KEY,
    amount public.money_amount NOT NULL DEFAULT 0,
    tag public.label
);
CREATE FUNCTION public.double_amount(v public.money_amount) RETURNS public.money_amount
    LANGUAGE sql IMMUTABLE AS $$ SELECT (v * 2)::public.money_amount $$;
