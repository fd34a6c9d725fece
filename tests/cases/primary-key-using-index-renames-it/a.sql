CREATE TABLE public.codes (
    id integer
);
CREATE UNIQUE INDEX codes_idx ON public.codes (id);
