CREATE TABLE public.scores (player text, game integer, points integer);
