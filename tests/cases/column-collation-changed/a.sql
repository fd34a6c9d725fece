CREATE TABLE public.words (
    id integer PRIMARY KEY,
    w varchar(255) NOT NULL,
    x varchar(255) COLLATE "C"
);
CREATE INDEX words_w_idx ON public.words (w);
