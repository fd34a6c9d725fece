CREATE TABLE public.codes (
    id integer
);
CREATE UNIQUE INDEX codes_id_key ON public.codes (id);
