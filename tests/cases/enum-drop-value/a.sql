CREATE TYPE public.mood AS ENUM ('sad', 'meh', 'happy');
CREATE TABLE public.t (m public.mood DEFAULT 'sad');
