CREATE FUNCTION public.plus(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN a + b;
CREATE FUNCTION public."bump it"(i integer) RETURNS integer AS $$
BEGIN
    RETURN i + 1;
END;
$$ LANGUAGE plpgsql;
CREATE FUNCTION public.with_deps(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN public.plus(a, b) + public."bump it"(a);
