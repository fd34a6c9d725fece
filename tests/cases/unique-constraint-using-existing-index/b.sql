CREATE TABLE public.codes (
    id integer
);
CREATE UNIQUE INDEX codes_id_key ON public.codes (id);
ALTER TABLE public.codes ADD CONSTRAINT codes_id_key UNIQUE USING INDEX codes_id_key;
