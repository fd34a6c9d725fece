CREATE DOMAIN public.positive_int AS integer
    CONSTRAINT positive_int_check CHECK (VALUE > 0)
    CONSTRAINT positive_int_small CHECK (VALUE < 1000000);
CREATE DOMAIN public.short_code AS varchar(10) DEFAULT 'y';
CREATE DOMAIN public."Email" AS text CHECK (VALUE ~ '@');
CREATE DOMAIN public.email_list AS public."Email"[];
CREATE TABLE public.parts (id integer PRIMARY KEY, qty public.positive_int, code public.short_code, contact public."Email");
