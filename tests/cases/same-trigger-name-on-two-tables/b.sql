CREATE TABLE public.left_side (id serial PRIMARY KEY);
CREATE TABLE public.right_side (id serial PRIMARY KEY);

CREATE FUNCTION public.say_hello() RETURNS trigger LANGUAGE plpgsql AS $$
begin
  raise notice 'hello';
  return null;
end;
$$;

CREATE TRIGGER on_insert AFTER INSERT ON public.right_side FOR EACH ROW EXECUTE FUNCTION public.say_hello();

CREATE TRIGGER on_insert AFTER INSERT ON public.left_side FOR EACH ROW EXECUTE FUNCTION public.say_hello();
