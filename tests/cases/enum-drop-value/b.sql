CREATE TYPE public.mood AS ENUM ('sad', 'happy');
CREATE TABLE public.t (m public.mood DEFAULT 'sad');
