CREATE TYPE public.money_cents AS (cents bigint);
