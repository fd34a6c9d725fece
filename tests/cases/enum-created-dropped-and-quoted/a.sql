CREATE TYPE public.old_kind AS ENUM ('a', 'b');
CREATE SCHEMA lookups;
