CREATE TABLE public.codes (
    id integer
);
CREATE UNIQUE INDEX codes_idx ON public.codes (id);
ALTER TABLE public.codes ADD CONSTRAINT codes_primary_key PRIMARY KEY USING INDEX codes_idx;
