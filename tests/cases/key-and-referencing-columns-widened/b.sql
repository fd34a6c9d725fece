CREATE TABLE public.authors (id bigint PRIMARY KEY, name text);
CREATE TABLE public.books (id integer PRIMARY KEY, author_id bigint REFERENCES public.authors (id));
CREATE INDEX books_author ON public.books (author_id);
CREATE VIEW public.book_authors AS SELECT b.id, a.name FROM public.books b JOIN public.authors a ON a.id = b.author_id;
