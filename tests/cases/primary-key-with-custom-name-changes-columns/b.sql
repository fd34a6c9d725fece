CREATE TABLE public.lots (
    id integer,
    block integer NOT NULL
);
CREATE UNIQUE INDEX lots_unique_idx ON public.lots (id, block);
ALTER TABLE public.lots ADD CONSTRAINT lots_custom_pk PRIMARY KEY USING INDEX lots_unique_idx;
