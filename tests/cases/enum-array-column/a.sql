CREATE TYPE public.tag AS ENUM ('red', 'blue');

CREATE TABLE public.posts (id integer PRIMARY KEY, tags public.tag[] DEFAULT '{}');
