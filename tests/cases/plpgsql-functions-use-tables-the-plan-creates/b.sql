CREATE FUNCTION public.count_items() RETURNS bigint LANGUAGE plpgsql AS $$
BEGIN
    RETURN (SELECT count(*) FROM public.items);
END
$$;
CREATE FUNCTION public.items_of(kind public.item_kind) RETURNS SETOF public.items LANGUAGE sql STABLE AS $$
    SELECT * FROM public.items WHERE items.kind = $1
$$;
CREATE TYPE public.item_kind AS ENUM ('a', 'b');
CREATE TABLE public.items (id integer PRIMARY KEY, kind public.item_kind DEFAULT 'a', n integer DEFAULT public.next_n());
CREATE FUNCTION public.next_n() RETURNS integer LANGUAGE sql AS $$ SELECT 1 $$;
CREATE VIEW public.item_counts AS SELECT kind, public.count_items() AS total FROM public.items GROUP BY kind;
