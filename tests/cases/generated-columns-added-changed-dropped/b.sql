CREATE TABLE public.boxes (
    id integer PRIMARY KEY,
    w numeric NOT NULL,
    h numeric NOT NULL,
    area numeric GENERATED ALWAYS AS (w * h * 1.0) STORED,
    label text GENERATED ALWAYS AS ('box ' || id::text) STORED
);
