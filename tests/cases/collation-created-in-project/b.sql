-- Nicknames compare without regard to case: 'Ada' = 'ADA'.
CREATE COLLATION public.case_insensitive (provider = icu, deterministic = false, locale = 'und-u-ks-level2');

CREATE TABLE public.users (
    id integer PRIMARY KEY,
    email text NOT NULL,
    nickname text COLLATE public.case_insensitive
);

CREATE INDEX users_nickname_idx ON public.users USING btree (nickname);
