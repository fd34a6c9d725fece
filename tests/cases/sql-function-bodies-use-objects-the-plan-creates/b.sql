-- In file order PostgreSQL checks each string body as it is created; the plan creates these functions
-- before the table (nothing orders them after it: PostgreSQL records no dependency for a string body),
-- so its script sets check_function_bodies off, as pg_dump does.
CREATE TABLE public.z_lines (id integer PRIMARY KEY, order_id integer NOT NULL, amount numeric NOT NULL);
CREATE FUNCTION public.a_order_total(order_id integer) RETURNS numeric LANGUAGE sql STABLE
    AS 'SELECT coalesce(sum(l.amount), 0) FROM public.z_lines l WHERE l.order_id = a_order_total.order_id';
CREATE FUNCTION public.a_order_total_with_tax(order_id integer) RETURNS numeric LANGUAGE sql STABLE
    AS 'SELECT public.a_order_total(order_id) * 1.2';
CREATE FUNCTION public.a_lines_check() RETURNS trigger LANGUAGE plpgsql
    AS $$BEGIN PERFORM 1 FROM public.z_lines LIMIT 1; RETURN NEW; END$$;
-- A BEGIN ATOMIC body: PostgreSQL records its tables and functions, and the plan orders by them.
CREATE FUNCTION public.a_line_count(o integer) RETURNS bigint LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT count(*) FROM public.z_lines WHERE z_lines.order_id = o;
END;
CREATE FUNCTION public.b_line_summary(o integer) RETURNS numeric LANGUAGE sql STABLE
BEGIN ATOMIC
    SELECT public.a_line_count(o) + public.a_order_total(o);
END;
