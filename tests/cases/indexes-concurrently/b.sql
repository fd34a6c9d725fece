CREATE TABLE public.t (id integer PRIMARY KEY, a integer, b text, j jsonb);
CREATE INDEX t_a_partial ON public.t (a) WHERE a > 10;
CREATE INDEX t_lower_b ON public.t (lower(b));
CREATE INDEX t_a_include ON public.t (a) INCLUDE (b);
CREATE INDEX t_j_gin ON public.t USING gin (j);
CREATE UNIQUE INDEX t_b_unique ON public.t (b);
