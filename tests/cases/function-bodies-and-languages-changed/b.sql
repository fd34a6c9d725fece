CREATE FUNCTION public.plus(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN a + a + b;
CREATE FUNCTION public.plus(a text, b text) RETURNS text
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN concat(concat(a, a), b);
CREATE FUNCTION public.to_plpgsql(i integer) RETURNS integer AS $$
BEGIN
    RETURN i + 1;
END;
$$ LANGUAGE plpgsql IMMUTABLE;
CREATE FUNCTION public.to_sql(i integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN i + 5;
CREATE FUNCTION public.caller(i integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN public.to_plpgsql(i) + public.plus(i, i);
