CREATE FUNCTION public.with_deps(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN lib.plus(a, b) + public."bump it"(a);

CREATE SCHEMA lib;
CREATE FUNCTION lib.plus(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN a + b;

CREATE FUNCTION public."bump it"(i integer) RETURNS integer AS $$
BEGIN
    RETURN i + 1;
END;
$$ LANGUAGE plpgsql;

CREATE FUNCTION public.plus(a text, b text) RETURNS text
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN concat(a, b);

CREATE SCHEMA other;
CREATE FUNCTION other.plus(a integer, b integer) RETURNS text
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN concat(a, b);
