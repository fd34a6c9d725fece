CREATE FUNCTION public.combine(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN a + b;
CREATE FUNCTION public.combine(a text, b text) RETURNS text
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN concat(a, b);
CREATE FUNCTION public."Combine Quoted"(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE
    RETURN a * b;
CREATE SCHEMA calc;
CREATE FUNCTION calc.combine(a integer, b integer) RETURNS integer
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN a + b;
CREATE FUNCTION calc.combine(a text, b text) RETURNS text
    LANGUAGE sql IMMUTABLE RETURNS NULL ON NULL INPUT
    RETURN concat(a, b);
