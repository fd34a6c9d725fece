CREATE TABLE public.tickets (
    id integer PRIMARY KEY,
    title text,
    seq_no serial NOT NULL,
    big_no bigserial
);
