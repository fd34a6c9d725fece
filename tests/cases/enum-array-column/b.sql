CREATE TYPE public.tag AS ENUM ('red', 'green', 'blue');

CREATE TABLE public.posts (id integer PRIMARY KEY, tags public.tag[] DEFAULT '{red}'::public.tag[] NOT NULL);

CREATE INDEX posts_tags ON public.posts USING gin (tags);
