CREATE TABLE public.ledger (
    id integer,
    memo text NOT NULL,
    amount bigint NOT NULL
);
CREATE UNIQUE INDEX ledger_memo_amount_index_with_a_rather_long_name_near_the_limit ON public.ledger (memo);
CREATE INDEX ledger_memo_idx ON public.ledger USING hash (memo);
CREATE INDEX ledger_memo_amount_idx ON public.ledger (memo DESC, amount);
