CREATE FUNCTION public.z_accumulate(state numeric, value numeric) RETURNS numeric LANGUAGE sql IMMUTABLE
    AS 'SELECT state + value * value';
CREATE AGGREGATE public.a_sum_of_squares(numeric) (SFUNC = public.z_accumulate, STYPE = numeric, INITCOND = '0');
CREATE TABLE public.keep (id integer PRIMARY KEY);
