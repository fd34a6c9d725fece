CREATE TABLE public.documents (id integer PRIMARY KEY, title text, body text);
