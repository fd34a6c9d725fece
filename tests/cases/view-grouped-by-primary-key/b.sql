CREATE TABLE public.stock (
    id integer NOT NULL PRIMARY KEY,
    label text,
    amount integer
);

CREATE VIEW public.stock_peaks AS
SELECT id, label, max(amount) AS peak
FROM public.stock
GROUP BY id;
