CREATE TABLE public.labels (
  a text,
  b text
);
