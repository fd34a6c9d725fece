CREATE SEQUENCE public.plain_seq;
CREATE SEQUENCE public.tuned_seq AS integer START 10 INCREMENT 2 MINVALUE 5 MAXVALUE 1000 CACHE 1 NO CYCLE;
CREATE TABLE public.holders (id integer PRIMARY KEY, n bigint, m bigint);
CREATE SEQUENCE public.owned_seq OWNED BY public.holders.n;
CREATE SEQUENCE public.doomed_seq;
