CREATE SEQUENCE public.plain_seq;
CREATE SEQUENCE public.tuned_seq AS bigint START 20 INCREMENT 5 MINVALUE 1 MAXVALUE 99999 CACHE 10 CYCLE;
CREATE TABLE public.holders (id integer PRIMARY KEY, n bigint, m bigint);
CREATE SEQUENCE public.owned_seq;
ALTER SEQUENCE public.owned_seq OWNED BY public.holders.m;
ALTER TABLE ONLY public.holders ALTER COLUMN m SET DEFAULT nextval('public.owned_seq'::regclass);
CREATE SEQUENCE public."Quoted Seq" AS smallint INCREMENT BY -1;
CREATE SCHEMA counters;
CREATE SEQUENCE counters.unowned START 100;
