CREATE SEQUENCE public.old_numbers;
CREATE TABLE public.entries (
    id integer DEFAULT nextval('public.old_numbers') NOT NULL,
    at timestamptz DEFAULT now(),
    day date DEFAULT CURRENT_DATE,
    label text DEFAULT 'x'
);
