CREATE TABLE public.codes (
    id integer
);
CREATE UNIQUE INDEX codes_idx ON public.codes (id);
ALTER TABLE public.codes ADD CONSTRAINT codes_unique UNIQUE USING INDEX codes_idx;
