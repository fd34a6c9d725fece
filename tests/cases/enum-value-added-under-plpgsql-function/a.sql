CREATE TYPE public.colour AS ENUM ('red', 'green');

CREATE TABLE public.paints (colour public.colour);

CREATE FUNCTION public.announce(c public.colour) RETURNS void AS $$
begin
  raise notice '%', c;
end;
$$ LANGUAGE plpgsql;
