CREATE TABLE public.codes (
    id integer
);
CREATE INDEX codes_idx ON public.codes (id);
