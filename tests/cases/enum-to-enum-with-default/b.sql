CREATE TYPE public.mood AS ENUM ('happy', 'sad');
CREATE TYPE public.feeling AS ENUM ('happy', 'meh', 'sad');
CREATE TABLE public.people (id integer PRIMARY KEY, mood public.feeling DEFAULT 'meh' NOT NULL);
