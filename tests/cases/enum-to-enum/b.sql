CREATE TYPE public.feeling AS ENUM ('happy', 'meh', 'sad');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.feeling, moods public.feeling[]);
